package io.exwire.api.marketdata;

import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A public market-data stream of one venue market: order books, trades, best bid/ask and tickers for the symbols
 * it is given. No credentials, ever.
 *
 * <p><b>Lifecycle.</b> Created by {@code io.exwire.core.Exchanges.publicWebsocket(config, handlers)} in
 * {@link ConnectionState#DISCONNECTED}; {@link #initialize} connects and subscribes; the component then keeps
 * itself connected (reconnect with backoff, resubscribe, resync books, recycle before the venue's connection
 * lifetime) until {@link #close()}. Not reusable after {@code close()}. A venue that caps subscriptions per
 * connection is sharded across several connections transparently.
 *
 * <p><b>Threading.</b> All methods are thread-safe and never block, except {@link #close()}, which waits briefly
 * for the connections to close. Handlers run as {@link io.exwire.api.DispatchMode} documents.
 *
 * <p><b>Errors.</b> Argument errors throw {@link IllegalArgumentException} before any I/O. Futures fail with
 * {@link io.exwire.api.exception.ExwireException} subclasses. Per-symbol refusals do not fail the future: they are
 * listed in the {@link SubscriptionResult} and also reported to the error handler.
 */
public interface BasePublicWebsocket extends AutoCloseable {

    /**
     * Connects and subscribes {@code symbols} on {@code channels}.
     *
     * @param symbols the symbols, mandatory and non-empty
     * @param channels the channels, mandatory and non-empty
     * @return completes when the venue has answered every subscription; fails if no connection could be made
     * @throws IllegalArgumentException if {@code symbols} or {@code channels} is null or empty, or a channel is not offered
     * @throws IllegalStateException if called twice or after {@link #close()}
     */
    CompletableFuture<SubscriptionResult> initialize(List<Symbol> symbols, Set<PublicChannel> channels);

    /**
     * Adds symbols on the channels given to {@link #initialize}.
     *
     * @param symbols the symbols, non-empty
     * @return completes when the venue has answered
     * @throws IllegalArgumentException if {@code symbols} is null or empty
     * @throws IllegalStateException before {@link #initialize} or after {@link #close()}
     */
    CompletableFuture<SubscriptionResult> subscribe(List<Symbol> symbols);

    /**
     * Removes symbols; their books are dropped.
     *
     * @param symbols the symbols, non-empty
     * @return completes when the venue has acknowledged
     * @throws IllegalArgumentException if {@code symbols} is null or empty
     * @throws IllegalStateException before {@link #initialize} or after {@link #close()}
     */
    CompletableFuture<SubscriptionResult> unsubscribe(List<Symbol> symbols);

    /**
     * Returns the symbols the venue has acknowledged and that are not being removed.
     *
     * @return the symbols the venue has acknowledged and that are not being removed
     */
    Set<Symbol> activeSymbols();

    /**
     * Returns whether at least one connection is open.
     *
     * @return whether at least one connection is open
     */
    boolean isConnected();

    /**
     * Returns the current state (of the least advanced connection when sharded).
     *
     * @return the current state (of the least advanced connection when sharded)
     */
    ConnectionState connectionState();

    /**
     * Returns live metrics.
     *
     * @return live metrics
     */
    PerformanceMetrics performanceMetrics();

    /** Closes every connection and stops every thread of this component. Idempotent. */
    @Override
    void close();
}
