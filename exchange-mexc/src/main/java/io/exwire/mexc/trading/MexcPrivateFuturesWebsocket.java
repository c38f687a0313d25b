package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.PrivateFuturesWebsocket;

/**
 * The MEXC USDT-perpetual account stream: orders, fills, positions and assets pushed as JSON after a signed
 * {@code login} on every connection (see {@link MexcFuturesPrivateProtocol}); sizes in contracts. Connection,
 * reconnection and REST reconciliation are core's; contracts as {@link io.exwire.api.trading.BasePrivateWebsocket}.
 */
public final class MexcPrivateFuturesWebsocket extends PrivateFuturesWebsocket {

    /**
     * @param config a FUTURES configuration
     * @param credentials the account's credentials
     * @param handlers the callbacks
     * @throws io.exwire.api.exception.ConfigurationException for invalid venue options ({@code openType},
     *     {@code leverage})
     */
    public MexcPrivateFuturesWebsocket(ExchangeConfig config, Credentials credentials,
                                       PrivateWebsocketHandlers handlers) {
        super(validated(config), credentials, handlers, new MexcFuturesPrivateVenue());
    }

    private static ExchangeConfig validated(ExchangeConfig config) {
        FuturesOrderOptions.of(config);
        return config;
    }
}
