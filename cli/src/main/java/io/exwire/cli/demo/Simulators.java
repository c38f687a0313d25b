package io.exwire.cli.demo;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.gateio.GateioSimulator;
import io.exwire.testkit.mexc.MexcSimulator;

/** Creates the testkit simulator of a venue market. */
final class Simulators {

    private Simulators() {
    }

    /**
     * @param venue {@code gateio} or {@code mexc}
     * @param market the market
     * @param seed the seed of the simulated market
     * @return a new, not yet started simulator
     */
    static VenueSimulator create(ExchangeId venue, MarketType market, long seed) {
        return switch (venue.id()) {
            case "gateio" -> new GateioSimulator(market, seed);
            case "mexc" -> new MexcSimulator(market, seed);
            default -> throw new IllegalArgumentException("no simulator for " + venue);
        };
    }
}
