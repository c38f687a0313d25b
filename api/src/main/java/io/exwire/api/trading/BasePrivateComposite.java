package io.exwire.api.trading;

import java.util.concurrent.CompletableFuture;

/**
 * Trading on one venue market: a signed REST client and a private websocket, injected and kept together.
 *
 * <p>Thread-safe; {@link #close()} closes both. Built by {@code Exchanges.privateComposite}.
 *
 * @param <R> the REST client type
 * @param <W> the websocket type
 */
public interface BasePrivateComposite<R extends PrivateRestClient, W extends BasePrivateWebsocket> extends AutoCloseable {

    /**
     * Returns the REST client.
     *
     * @return the REST client
     */
    R rest();

    /**
     * Returns the websocket.
     *
     * @return the websocket
     */
    W websocket();

    /**
     * Starts the private websocket; takes no symbols.
     *
     * @return as {@link BasePrivateWebsocket#initialize()}
     */
    CompletableFuture<Void> startWebsocket();

    /** Closes the websocket and the REST client. Idempotent. */
    @Override
    void close();
}
