package io.exwire.benchmarks;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicVenue;
import io.exwire.mexc.marketdata.MexcFuturesPublicVenue;
import io.exwire.mexc.marketdata.MexcSpotPublicVenue;

import java.lang.reflect.Constructor;

/**
 * Production protocol instances, made exactly as core makes them for a new connection:
 * {@link PublicVenue#newProtocol(ExchangeConfig, SymbolTable)} with a symbol table holding the frames' instruments.
 */
public final class Venues {

    /** Gate.io. */
    public static final ExchangeId GATEIO = ExchangeId.of("gateio");
    /** MEXC. */
    public static final ExchangeId MEXC = ExchangeId.of("mexc");

    private Venues() {
    }

    /**
     * Gate.io's venue class is package-private (its public surface is the websocket classes); on the class path its
     * constructor is reachable reflectively, which keeps the measured path identical to production.
     *
     * @param market spot or futures
     * @return the venue
     */
    public static PublicVenue gateio(MarketType market) {
        try {
            Class<?> c = Class.forName("io.exwire.gateio.marketdata.GateioPublicVenue");
            Constructor<?> k = c.getDeclaredConstructor(MarketType.class);
            k.setAccessible(true);
            return (PublicVenue) k.newInstance(market);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the Gate.io venue", e);
        }
    }

    /**
     * @param market spot or futures
     * @return the MEXC venue
     */
    public static PublicVenue mexc(MarketType market) {
        return market == MarketType.SPOT ? new MexcSpotPublicVenue() : new MexcFuturesPublicVenue();
    }

    /**
     * @param venue the venue
     * @param underscored whether the venue spells symbols {@code BASE_QUOTE} (else {@code BASEQUOTE})
     * @return a new protocol whose symbol table knows every instrument of {@link Frames}
     */
    public static PublicProtocol protocol(PublicVenue venue, boolean underscored) {
        SymbolTable table = new SymbolTable();
        for (Frames.Instrument in : Frames.INSTRUMENTS) {
            table.put(underscored ? in.underscored() : in.joined(), in.symbol());
        }
        ExchangeConfig config = ExchangeConfig.builder(venue.exchange(), venue.market()).build();
        return venue.newProtocol(config, table);
    }
}
