package io.exwire.spi.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.BasePublicComposite;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicWebsocketHandlers;

/**
 * Creates one venue market's public components. Thread-safe; every call creates a new, independent component that
 * the caller owns and must close. Creation does no I/O.
 */
public interface PublicComponents {

    /**
     * Returns a new websocket in {@code DISCONNECTED} state.
     *
     * @param config the configuration, already validated, for this venue and market
     * @param handlers the callbacks
     * @return a new websocket in {@code DISCONNECTED} state
     */
    BasePublicWebsocket websocket(ExchangeConfig config, PublicWebsocketHandlers handlers);

    /**
     * Returns a new public REST client.
     *
     * @param config the configuration
     * @return a new public REST client
     */
    PublicRestClient rest(ExchangeConfig config);

    /**
     * Returns a new composite of a REST client and a websocket of this market.
     *
     * @param config the configuration
     * @param handlers the websocket callbacks
     * @return a new composite of a REST client and a websocket of this market
     */
    BasePublicComposite<? extends PublicRestClient, ? extends BasePublicWebsocket> composite(
            ExchangeConfig config, PublicWebsocketHandlers handlers);
}
