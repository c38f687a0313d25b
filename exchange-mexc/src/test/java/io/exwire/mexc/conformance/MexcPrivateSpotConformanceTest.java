package io.exwire.mexc.conformance;

import io.exwire.api.model.MarketType;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.conformance.PrivateWebsocketConformance;
import io.exwire.testkit.mexc.MexcSimulator;
import org.junit.jupiter.api.DisplayName;

/** MEXC spot private websocket against the MEXC simulator. */
@DisplayName("MEXC spot private websocket conformance")
class MexcPrivateSpotConformanceTest extends PrivateWebsocketConformance {

    @Override
    protected MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    protected VenueSimulator startSimulator(MarketType market) {
        return new MexcSimulator(market, 42L).start();
    }
}
