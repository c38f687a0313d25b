package io.exwire.mexc.conformance;

import io.exwire.api.model.MarketType;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.conformance.PublicWebsocketConformance;
import io.exwire.testkit.mexc.MexcSimulator;
import org.junit.jupiter.api.DisplayName;

/** MEXC futures public websocket against the MEXC simulator. */
@DisplayName("MEXC futures public websocket conformance")
class MexcPublicFuturesConformanceTest extends PublicWebsocketConformance {

    @Override
    protected MarketType market() {
        return MarketType.FUTURES;
    }

    @Override
    protected VenueSimulator startSimulator(MarketType market) {
        return new MexcSimulator(market, 42L).start();
    }
}
