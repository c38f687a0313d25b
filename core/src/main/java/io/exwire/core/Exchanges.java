package io.exwire.core;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExchangeNotFoundException;
import io.exwire.api.marketdata.BasePublicComposite;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.BasePrivateComposite;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.spi.ExchangeProvider;
import io.exwire.spi.marketdata.PublicComponents;
import io.exwire.spi.trading.PrivateComponents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point applications use to create components, typed per domain so the compiler rejects mixing
 * them: {@link #publicWebsocket} returns a {@link BasePublicWebsocket}, {@link #privateWebsocket} a
 * {@link BasePrivateWebsocket}. Providers are found with {@link java.util.ServiceLoader} (module path and class
 * path) by {@link ProviderRegistry}; core never names a venue.
 *
 * <p>Thread-safe. Every call creates a new component the caller owns and must close. Creation does no I/O.
 * Unknown venue or market: {@link ExchangeNotFoundException} listing the providers found.
 */
public final class Exchanges {

    private Exchanges() {
    }

    /**
     * Creates a public market-data websocket.
     *
     * @param config the venue, market and settings
     * @param handlers the callbacks
     * @return a new websocket in {@code DISCONNECTED} state
     * @throws ExchangeNotFoundException if no provider serves the venue's public market
     */
    public static BasePublicWebsocket publicWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        return publicComponents(config).websocket(config, Objects.requireNonNull(handlers, "handlers"));
    }

    /**
     * Creates a private trading websocket.
     *
     * @param config the venue, market and settings
     * @param credentials the account's credentials
     * @param handlers the callbacks
     * @return a new websocket in {@code DISCONNECTED} state
     * @throws ExchangeNotFoundException if no provider serves the venue's private market
     */
    public static BasePrivateWebsocket privateWebsocket(ExchangeConfig config, Credentials credentials,
                                                        PrivateWebsocketHandlers handlers) {
        return privateComponents(config).websocket(config, Objects.requireNonNull(credentials, "credentials"),
                Objects.requireNonNull(handlers, "handlers"));
    }

    /**
     * Creates a public REST client.
     *
     * @param config the venue and market
     * @return a new client
     */
    public static PublicRestClient publicRest(ExchangeConfig config) {
        return publicComponents(config).rest(config);
    }

    /**
     * Creates a signed REST client.
     *
     * @param config the venue and market
     * @param credentials the credentials
     * @return a new client
     */
    public static PrivateRestClient privateRest(ExchangeConfig config, Credentials credentials) {
        return privateComponents(config).rest(config, Objects.requireNonNull(credentials, "credentials"));
    }

    /**
     * Creates a public composite (REST client + public websocket).
     *
     * @param config the venue and market
     * @param handlers the websocket callbacks
     * @return a new composite
     */
    public static BasePublicComposite<? extends PublicRestClient, ? extends BasePublicWebsocket> publicComposite(
            ExchangeConfig config, PublicWebsocketHandlers handlers) {
        return publicComponents(config).composite(config, Objects.requireNonNull(handlers, "handlers"));
    }

    /**
     * Creates a private composite (signed REST client + private websocket).
     *
     * @param config the venue and market
     * @param credentials the credentials
     * @param handlers the websocket callbacks
     * @return a new composite
     */
    public static BasePrivateComposite<? extends PrivateRestClient, ? extends BasePrivateWebsocket> privateComposite(
            ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers) {
        return privateComponents(config).composite(config, Objects.requireNonNull(credentials, "credentials"),
                Objects.requireNonNull(handlers, "handlers"));
    }

    /** @return the providers found, one per venue id, sorted by id */
    public static List<ExchangeProvider> providers() {
        return ProviderRegistry.instance().providers();
    }

    /**
     * @param exchange a venue id
     * @return its provider, if found
     */
    public static Optional<ExchangeProvider> provider(ExchangeId exchange) {
        return ProviderRegistry.instance().find(exchange);
    }

    private static PublicComponents publicComponents(ExchangeConfig config) {
        Objects.requireNonNull(config, "config");
        return require(config.exchange(), config.market())
                .publicComponents(config.market())
                .orElseThrow(() -> notFound(config.exchange(), config.market(), "public"));
    }

    private static PrivateComponents privateComponents(ExchangeConfig config) {
        Objects.requireNonNull(config, "config");
        return require(config.exchange(), config.market())
                .privateComponents(config.market())
                .orElseThrow(() -> notFound(config.exchange(), config.market(), "private"));
    }

    private static ExchangeProvider require(ExchangeId exchange, MarketType market) {
        return ProviderRegistry.instance().find(exchange)
                .filter(p -> p.markets().contains(market))
                .orElseThrow(() -> notFound(exchange, market, "any"));
    }

    private static ExchangeNotFoundException notFound(ExchangeId exchange, MarketType market, String domain) {
        return new ExchangeNotFoundException("no provider for " + exchange + " " + market + " (" + domain
                + " domain); providers found: " + ProviderRegistry.instance().describe());
    }
}
