package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.PerformanceMetrics;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** WIP: being implemented in this session. */
public final class PublicStreamEngine {
    PublicStreamEngine(ExchangeConfig config, PublicWebsocketHandlers handlers, PublicVenue venue) {
    }

    static ExchangeConfig requireMarket(ExchangeConfig config, MarketType market) {
        if (config.market() != market) {
            throw new ConfigurationException("config market " + config.market() + " does not match " + market);
        }
        return config;
    }

    CompletableFuture<SubscriptionResult> initialize(List<Symbol> symbols, Set<PublicChannel> channels) { throw new IllegalStateException(); }
    CompletableFuture<SubscriptionResult> subscribe(List<Symbol> symbols) { throw new IllegalStateException(); }
    CompletableFuture<SubscriptionResult> unsubscribe(List<Symbol> symbols) { throw new IllegalStateException(); }
    Set<Symbol> activeSymbols() { throw new IllegalStateException(); }
    boolean isConnected() { throw new IllegalStateException(); }
    ConnectionState connectionState() { throw new IllegalStateException(); }
    PerformanceMetrics metrics() { throw new IllegalStateException(); }
    void close() { }
    String describe() { return ""; }
}
