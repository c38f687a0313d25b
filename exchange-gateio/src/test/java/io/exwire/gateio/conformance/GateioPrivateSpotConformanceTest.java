package io.exwire.gateio.conformance;

import io.exwire.api.model.MarketType;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.conformance.PrivateWebsocketConformance;
import io.exwire.testkit.gateio.GateioSimulator;
import org.junit.jupiter.api.DisplayName;

/** Gate.io spot private websocket against the Gate.io simulator. */
@DisplayName("Gate.io spot private websocket conformance")
class GateioPrivateSpotConformanceTest extends PrivateWebsocketConformance {

    @Override
    protected MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    protected VenueSimulator startSimulator(MarketType market) {
        return new GateioSimulator(market, 42L).start();
    }
}
