package io.exwire.core.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.PerformanceMetrics;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;

import java.util.concurrent.CompletableFuture;

/** WIP: being implemented in this session. */
public final class PrivateStreamEngine {
    PrivateStreamEngine(ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers, PrivateVenue venue) {
    }

    static ExchangeConfig requireMarket(ExchangeConfig config, MarketType market) {
        if (config.market() != market) {
            throw new ConfigurationException("config market " + config.market() + " does not match " + market);
        }
        return config;
    }

    CompletableFuture<Void> initialize() { throw new IllegalStateException(); }
    boolean isConnected() { throw new IllegalStateException(); }
    boolean isAuthenticated() { throw new IllegalStateException(); }
    ConnectionState connectionState() { throw new IllegalStateException(); }
    PerformanceMetrics metrics() { throw new IllegalStateException(); }
    void close() { }
    String describe() { return ""; }
}
