package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The base of every USDT-margined futures (sizes in contracts, signed on the wire, absolute in events) public websocket. A venue class extends it and passes its {@link PublicVenue}; all behaviour
 * (connections, sharding, heartbeats, reconnection, subscriptions, books, dispatch, metrics) is core's
 * {@link PublicStreamEngine}, shared by composition with {@link PublicSpotWebsocket}.
 * Contracts: see {@link BasePublicWebsocket}.
 */
public abstract class PublicFuturesWebsocket implements BasePublicWebsocket {

    private final PublicStreamEngine engine;

    /**
     * @param config the configuration; its market must be FUTURES
     * @param handlers the callbacks
     * @param venue the venue's protocol pieces
     */
    protected PublicFuturesWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers, PublicVenue venue) {
        this.engine = new PublicStreamEngine(PublicStreamEngine.requireMarket(config, MarketType.FUTURES), handlers, venue);
    }

    @Override
    public final CompletableFuture<SubscriptionResult> initialize(List<Symbol> symbols, Set<PublicChannel> channels) {
        return engine.initialize(symbols, channels);
    }

    @Override
    public final CompletableFuture<SubscriptionResult> subscribe(List<Symbol> symbols) {
        return engine.subscribe(symbols);
    }

    @Override
    public final CompletableFuture<SubscriptionResult> unsubscribe(List<Symbol> symbols) {
        return engine.unsubscribe(symbols);
    }

    @Override
    public final Set<Symbol> activeSymbols() {
        return engine.activeSymbols();
    }

    @Override
    public final boolean isConnected() {
        return engine.isConnected();
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
