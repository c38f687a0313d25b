package io.exwire.gateio.conformance;

import io.exwire.api.model.MarketType;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.conformance.PublicWebsocketConformance;
import io.exwire.testkit.gateio.GateioSimulator;
import org.junit.jupiter.api.DisplayName;

/** Gate.io futures public websocket against the Gate.io simulator. */
@DisplayName("Gate.io futures public websocket conformance")
class GateioPublicFuturesConformanceTest extends PublicWebsocketConformance {

    @Override
    protected MarketType market() {
        return MarketType.FUTURES;
    }

    @Override
    protected VenueSimulator startSimulator(MarketType market) {
        return new GateioSimulator(market, 42L).start();
    }
}
