package io.exwire.spi.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.BasePrivateComposite;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.api.trading.PrivateWebsocketHandlers;

/**
 * Creates one venue market's private components. Thread-safe; every call creates a new, independent component that
 * the caller owns and must close. Creation does no I/O.
 */
public interface PrivateComponents {

    /**
     * Returns a new websocket in {@code DISCONNECTED} state.
     *
     * @param config the configuration, already validated, for this venue and market
     * @param credentials the account's credentials
     * @param handlers the callbacks
     * @return a new websocket in {@code DISCONNECTED} state
     */
    BasePrivateWebsocket websocket(ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers);

    /**
     * Returns a new signed REST client.
     *
     * @param config the configuration
     * @param credentials the account's credentials
     * @return a new signed REST client
     */
    PrivateRestClient rest(ExchangeConfig config, Credentials credentials);

    /**
     * Returns a new composite of a REST client and a websocket of this market.
     *
     * @param config the configuration
     * @param credentials the credentials
     * @param handlers the websocket callbacks
     * @return a new composite of a REST client and a websocket of this market
     */
    BasePrivateComposite<? extends PrivateRestClient, ? extends BasePrivateWebsocket> composite(
            ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers);
}
