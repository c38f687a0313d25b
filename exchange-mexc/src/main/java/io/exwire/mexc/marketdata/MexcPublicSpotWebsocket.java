package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.core.marketdata.PublicSpotWebsocket;

/**
 * MEXC spot market data over {@code wss://wbs-api.mexc.com/ws}: protobuf pushes of the aggregated deals, depth and
 * book ticker channels and the mini ticker, decoded without allocation. Everything else (connections sharded at 30
 * subscriptions, {@code PING} every 20 s, reconnection, book synchronisation) is core's; contracts as
 * {@link io.exwire.api.marketdata.BasePublicWebsocket}. Venue options: see {@link SpotChannels}.
 */
public final class MexcPublicSpotWebsocket extends PublicSpotWebsocket {

    /**
     * @param config a SPOT configuration; its venue options are validated here
     * @param handlers the callbacks
     * @throws io.exwire.api.exception.ConfigurationException for an invalid venue option
     */
    public MexcPublicSpotWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        super(validated(config), handlers, new MexcSpotPublicVenue());
    }

    private static ExchangeConfig validated(ExchangeConfig config) {
        SpotChannels.of(config);
        return config;
    }
}
