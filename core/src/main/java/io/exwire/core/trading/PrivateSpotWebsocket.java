package io.exwire.core.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;

import java.util.concurrent.CompletableFuture;

/**
 * The base of every spot private websocket. A venue class extends it and passes its {@link PrivateVenue}; all
 * behaviour (connection, authentication, re-authentication, heartbeats, reconnection, reconciliation, dispatch,
 * metrics) is core's {@link PrivateStreamEngine}, shared by composition. Contracts: see {@link BasePrivateWebsocket}.
 */
public abstract class PrivateSpotWebsocket implements BasePrivateWebsocket {

    private final PrivateStreamEngine engine;

    /**
     * @param config the configuration; its market must be SPOT
     * @param credentials the account's credentials
     * @param handlers the callbacks
     * @param venue the venue's protocol pieces
     */
    protected PrivateSpotWebsocket(ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers,
                                     PrivateVenue venue) {
        this.engine = new PrivateStreamEngine(PrivateStreamEngine.requireMarket(config, MarketType.SPOT),
                credentials, handlers, venue);
    }

    @Override
    public final CompletableFuture<Void> initialize() {
        return engine.initialize();
    }

    @Override
    public final boolean isConnected() {
        return engine.isConnected();
    }

    @Override
    public final boolean isAuthenticated() {
        return engine.isAuthenticated();
    }

    @Override
    public final ConnectionState connectionState() {
        return engine.connectionState();
    }

    @Override
    public final PerformanceMetrics performanceMetrics() {
        return engine.metrics();
    }

    @Override
    public final void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + engine.describe() + "]";
    }
}
