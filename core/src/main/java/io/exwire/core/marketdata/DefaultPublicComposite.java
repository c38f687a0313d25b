package io.exwire.core.marketdata;

import io.exwire.api.exception.ComponentMissingException;
import io.exwire.api.marketdata.BasePublicComposite;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The shared behaviour of every public composite: holds an injected REST client and websocket and closes both.
 * Venues may subclass it to narrow the type parameters.
 *
 * @param <R> the REST client type
 * @param <W> the websocket type
 */
public class DefaultPublicComposite<R extends PublicRestClient, W extends BasePublicWebsocket>
        implements BasePublicComposite<R, W> {

    private final R rest;
    private final W websocket;

    /**
     * @param rest the REST client
     * @param websocket the websocket
     * @throws ComponentMissingException if either is null
     */
    public DefaultPublicComposite(R rest, W websocket) {
        if (rest == null) {
            throw new ComponentMissingException("public composite needs a REST client; none was given");
        }
        if (websocket == null) {
            throw new ComponentMissingException("public composite needs a public websocket; none was given");
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
    public CompletableFuture<SubscriptionResult> startWebsocket(List<Symbol> symbols, Set<PublicChannel> channels) {
        return websocket.initialize(symbols, channels);
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
