package io.exwire.api.marketdata;

import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Market data from one venue market: a REST client and a public websocket, injected and kept together.
 *
 * <p>Thread-safe; {@link #close()} closes both components. Built by {@code Exchanges.publicComposite}.
 *
 * @param <R> the REST client type
 * @param <W> the websocket type
 */
public interface BasePublicComposite<R extends PublicRestClient, W extends BasePublicWebsocket> extends AutoCloseable {

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
     * Starts the websocket for {@code symbols}.
     *
     * @param symbols mandatory, non-empty
     * @param channels mandatory, non-empty
     * @return as {@link BasePublicWebsocket#initialize}
     * @throws IllegalArgumentException if symbols or channels are null or empty
     */
    CompletableFuture<SubscriptionResult> startWebsocket(List<Symbol> symbols, Set<PublicChannel> channels);

    /** Closes the websocket and the REST client. Idempotent. */
    @Override
    void close();
}
