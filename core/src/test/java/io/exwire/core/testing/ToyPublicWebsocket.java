package io.exwire.core.testing;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.core.marketdata.PublicSpotWebsocket;
import io.exwire.core.marketdata.PublicVenue;

/** The toy venue's public spot websocket: all behaviour is core's. */
public final class ToyPublicWebsocket extends PublicSpotWebsocket {

    /**
     * @param config the configuration
     * @param handlers the callbacks
     * @param venue the toy venue
     */
    public ToyPublicWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers, PublicVenue venue) {
        super(config, handlers, venue);
    }
}
