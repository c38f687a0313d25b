package io.exwire.api.trading;

import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.model.ConnectionState;

import java.util.concurrent.CompletableFuture;

/**
 * The private, account-wide stream of one venue market: orders, balances, positions and own trades. Authenticated;
 * takes no symbols.
 *
 * <p><b>Lifecycle.</b> Created by {@code io.exwire.core.Exchanges.privateWebsocket(config, credentials, handlers)};
 * {@link #initialize()} connects, authenticates and subscribes every private channel of the market. On every
 * reconnect it re-authenticates, resubscribes and reconciles open orders, balances and positions over REST,
 * emitting the differences so that no change made while disconnected is lost. Not reusable after {@link #close()}.
 *
 * <p><b>Threading.</b> Thread-safe; nothing blocks but {@link #close()}. Handlers run as
 * {@link io.exwire.api.DispatchMode} documents.
 *
 * <p><b>Errors.</b> Wrong credentials fail the future with {@link io.exwire.api.exception.AuthenticationException}
 * and are not retried in a loop; {@link #isAuthenticated()} stays false.
 */
public interface BasePrivateWebsocket extends AutoCloseable {

    /**
     * Connects, authenticates and subscribes every private channel.
     *
     * @return completes when the venue accepted the authentication and every subscription
     * @throws IllegalStateException if called twice or after {@link #close()}
     */
    CompletableFuture<Void> initialize();

    /**
     * Returns whether the connection is open.
     *
     * @return whether the connection is open
     */
    boolean isConnected();

    /**
     * Returns whether the venue has accepted the credentials on the current connection.
     *
     * @return whether the venue has accepted the credentials on the current connection
     */
    boolean isAuthenticated();

    /**
     * Returns the current state.
     *
     * @return the current state
     */
    ConnectionState connectionState();

    /**
     * Returns live metrics.
     *
     * @return live metrics
     */
    PerformanceMetrics performanceMetrics();

    /** Closes the connection, releases venue resources (e.g. a listen key) and stops every thread. Idempotent. */
    @Override
    void close();
}
