package io.exwire.core.trading;

import io.exwire.api.exception.ComponentMissingException;
import io.exwire.api.trading.BasePrivateComposite;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.PrivateRestClient;

import java.util.concurrent.CompletableFuture;

/**
 * The shared behaviour of every private composite: holds an injected signed REST client and private websocket and
 * closes both. Venues may subclass it to narrow the type parameters.
 *
 * @param <R> the REST client type
 * @param <W> the websocket type
 */
public class DefaultPrivateComposite<R extends PrivateRestClient, W extends BasePrivateWebsocket>
        implements BasePrivateComposite<R, W> {

    private final R rest;
    private final W websocket;

    /**
     * @param rest the REST client
     * @param websocket the websocket
     * @throws ComponentMissingException if either is null
     */
    public DefaultPrivateComposite(R rest, W websocket) {
        if (rest == null) {
            throw new ComponentMissingException("private composite needs a signed REST client; none was given");
        }
        if (websocket == null) {
            throw new ComponentMissingException("private composite needs a private websocket; none was given");
        }
        this.rest = rest;
        this.websocket = websocket;
    }

    @Override
    public R rest() {
        return rest;
    }

    @Override
    public W websocket() {
        return websocket;
    }

    @Override
    public CompletableFuture<Void> startWebsocket() {
        return websocket.initialize();
    }

    @Override
    public void close() {
        try {
            websocket.close();
        } finally {
            rest.close();
        }
    }
}
