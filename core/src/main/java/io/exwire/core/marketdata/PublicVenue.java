package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.book.BookContinuity;
import io.exwire.spi.VenueLimits;

import java.net.URI;

/**
 * Everything core needs to know about one venue market's public stream. This, with {@link PublicProtocol}, is
 * all a venue adapter writes for the public domain: core does connections, reconnection, heartbeats, sharding,
 * acks, book synchronisation, dispatch and metrics. Stateless and thread-safe.
 */
public interface PublicVenue {

    /** How a book gets its base state. */
    enum BookSyncMode {
        /** Buffer deltas, fetch a REST snapshot with {@link PublicRestClient#orderBook}, replay (Gate.io order_book_update, MEXC). */
        REST_SNAPSHOT,
        /** The stream itself sends a full snapshot after subscribing; a gap is cured by resubscribing (Gate.io obu). */
        STREAM_SNAPSHOT
    }

    /** @return the venue */
    ExchangeId exchange();

    /** @return the market */
    MarketType market();

    /** @return the production websocket endpoint */
    URI defaultEndpoint();

    /** @return the venue's documented limits */
    VenueLimits limits();

    /**
     * @param symbol the neutral symbol
     * @return the venue's spelling, e.g. {@code BTC_USDT}
     */
    String venueSymbol(Symbol symbol);

    /** @return how books get their base state */
    BookSyncMode bookSyncMode();

    /** @return the continuity rule of book deltas */
    BookContinuity bookContinuity();

    /**
     * @param config the configuration
     * @return a new REST client (book snapshots, composites)
     */
    PublicRestClient rest(ExchangeConfig config);

    /**
     * Creates the protocol state of one new physical connection.
     *
     * @param config the configuration
     * @param symbols the symbol table the decoder resolves venue symbols with (kept up to date by core)
     * @return a new protocol instance
     */
    PublicProtocol newProtocol(ExchangeConfig config, SymbolTable symbols);

    /**
     * @param config the configuration
     * @return extra headers for the websocket upgrade request (e.g. Gate.io futures {@code X-Gate-Size-Decimal: 1})
     */
    default java.util.Map<String, String> handshakeHeaders(ExchangeConfig config) {
        return java.util.Map.of();
    }

    /**
     * @param channel a channel
     * @return how many symbols one subscribe request for that channel may carry
     */
    default int maxSymbolsPerRequest(PublicChannel channel) {
        return limits().maxSymbolsPerRequest();
    }

    /**
     * The levels per side the local book keeps. Venues whose book stream covers only the top N levels return N:
     * deeper levels are never updated by the stream, so they are trimmed after every update (Gate.io's documented
     * rule); full-depth streams keep more than is shown so deltas below the visible depth are not lost.
     *
     * @param config the configuration
     * @return levels kept per side (the view shows at most {@code config.bookDepth()} of them)
     */
    default int maintainedDepth(ExchangeConfig config) {
        return Math.max(1000, config.bookDepth() * 10);
    }

    /**
     * @param config the configuration
     * @return the depth of REST snapshots used for book synchronisation (at least the stream's depth)
     */
    default int snapshotDepth(ExchangeConfig config) {
        return config.bookDepth();
    }

    /**
     * @param channel a channel
     * @return whether this venue market offers it
     */
    default boolean supports(PublicChannel channel) {
        return true;
    }
}
