package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.PrivateSpotWebsocket;

/**
 * Gate.io spot private stream ({@code wss://api.gateio.ws/ws/v4/}): {@code spot.orders}, {@code spot.usertrades}
 * and {@code spot.balances} for every pair, each subscription signed. All behaviour is core's.
 */
public final class GateioPrivateSpotWebsocket extends PrivateSpotWebsocket {

    /**
     * @param config a spot configuration
     * @param credentials the API key and secret
     * @param handlers the callbacks
     */
    public GateioPrivateSpotWebsocket(ExchangeConfig config, Credentials credentials,
                                      PrivateWebsocketHandlers handlers) {
        super(config, credentials, handlers, new GateioPrivateVenue(MarketType.SPOT));
    }
}
