package io.exwire.core.testing;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicVenue;
import io.exwire.core.marketdata.book.BookContinuity;
import io.exwire.spi.VenueLimits;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** A toy spot venue for engine tests: {@code BASE_QUOTE} symbols, the range continuity rule, a fake REST client. */
public final class ToyPublicVenue implements PublicVenue {

    /** The toy venue's id. */
    public static final ExchangeId ID = ExchangeId.of("toy");

    private final VenueLimits limits;
    private final BookSyncMode mode;
    private final PublicRestClient rest;
    private final Set<PublicChannel> offered = EnumSet.of(PublicChannel.ORDER_BOOK, PublicChannel.TRADES);

    /**
     * @param limits the venue limits
     * @param mode how books get their base state
     * @param rest the REST client the engine uses for snapshots
     */
    public ToyPublicVenue(VenueLimits limits, BookSyncMode mode, PublicRestClient rest) {
        this.limits = limits;
        this.mode = mode;
        this.rest = rest;
    }

    /**
     * @param maxSubscriptionsPerConnection the per-connection cap
     * @return limits with a 1 s heartbeat, 10 symbols per request, no lifetime
     */
    public static VenueLimits limits(int maxSubscriptionsPerConnection) {
        return new VenueLimits(maxSubscriptionsPerConnection, 10, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param symbol a symbol
     * @return its toy spelling, {@code BASE_QUOTE}
     */
    public static String venueName(Symbol symbol) {
        return symbol.base() + "_" + symbol.quote();
    }

    @Override
    public ExchangeId exchange() {
        return ID;
    }

    @Override
    public MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    public URI defaultEndpoint() {
        return URI.create("ws://127.0.0.1:9/unused");
    }

    @Override
    public VenueLimits limits() {
        return limits;
    }

    @Override
    public String venueSymbol(Symbol symbol) {
        return venueName(symbol);
    }

    @Override
    public BookSyncMode bookSyncMode() {
        return mode;
    }

    @Override
    public BookContinuity bookContinuity() {
        return BookContinuity.RANGE;
    }

    @Override
    public PublicRestClient rest(ExchangeConfig config) {
        return rest;
    }

    @Override
    public PublicProtocol newProtocol(ExchangeConfig config, SymbolTable symbols) {
        return new ToyPublicProtocol(symbols);
    }

    @Override
    public boolean supports(PublicChannel channel) {
        return offered.contains(channel);
    }
}
