package io.exwire.api.marketdata;

import io.exwire.api.model.Symbol;

import java.util.List;

/**
 * The venue's public REST endpoints. No credentials.
 *
 * <p><b>Threading.</b> Thread-safe. Calls block the calling thread until the venue answers or the request timeout
 * passes (call them from a virtual thread where blocking matters). Connections are pooled and reused.
 * <b>Errors:</b> {@link io.exwire.api.exception.RateLimitedException} (with when to retry),
 * {@link io.exwire.api.exception.RequestTimeoutException}, {@link io.exwire.api.exception.ConnectionLostException},
 * {@link io.exwire.api.exception.UnknownSymbolException}, {@link io.exwire.api.exception.VenueErrorException}.
 */
public interface PublicRestClient extends AutoCloseable {

    /**
     * Returns every instrument of the market with its trading rules.
     *
     * @return every instrument of the market with its trading rules
     */
    List<Instrument> instruments();

    /**
     * An order-book snapshot with the venue's sequence id, as the websocket book sync uses it.
     *
     * @param symbol the symbol
     * @param depth levels per side requested
     * @return the snapshot
     */
    OrderBookSnapshot orderBook(Symbol symbol, int depth);

    /**
     * Recent public trades, newest first.
     *
     * @param symbol the symbol
     * @param limit how many at most
     * @return the trades
     */
    List<PublicTrade> recentTrades(Symbol symbol, int limit);

    /**
     * Returns the venue's clock in epoch milliseconds.
     *
     * @return the venue's clock in epoch milliseconds
     */
    long serverTimeMillis();

    /** Releases pooled connections. Idempotent. */
    @Override
    void close();
}
