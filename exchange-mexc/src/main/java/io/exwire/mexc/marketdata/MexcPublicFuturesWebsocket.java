package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.core.marketdata.PublicFuturesWebsocket;

/**
 * MEXC USDT-perpetual market data over {@code wss://contract.mexc.com/edge}: JSON pushes of deals, incremental
 * depth, top of book (from {@code depth.full}) and tickers, decoded with core's allocation-free cursor; sizes in
 * contracts. Everything else is core's; contracts as {@link io.exwire.api.marketdata.BasePublicWebsocket}. Venue
 * options: see {@link FuturesChannels}.
 */
public final class MexcPublicFuturesWebsocket extends PublicFuturesWebsocket {

    /**
     * @param config a FUTURES configuration; its venue options are validated here
     * @param handlers the callbacks
     * @throws io.exwire.api.exception.ConfigurationException for an invalid venue option
     */
    public MexcPublicFuturesWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        super(validated(config), handlers, new MexcFuturesPublicVenue());
    }

    private static ExchangeConfig validated(ExchangeConfig config) {
        FuturesChannels.of(config);
        return config;
    }
}
