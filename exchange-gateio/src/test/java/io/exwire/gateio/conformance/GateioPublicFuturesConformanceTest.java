package io.exwire.gateio.conformance;

import io.exwire.api.ExchangeConfig;
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

    /**
     * The 100-level stream: the simulator pushes every change of its 20–60-level book but does not emulate
     * Gate.io's 20-level window (levels entering the top 20 are not re-sent), so only with the 100-level stream must
     * its book and the client's trimmed book agree exactly.
     */
    @Override
    protected ExchangeConfig.Builder configure(ExchangeConfig.Builder builder) {
        return builder.bookDepth(100);
    }

    @Override
    protected VenueSimulator startSimulator(MarketType market) {
        return new GateioSimulator(market, 42L).start();
    }
}
