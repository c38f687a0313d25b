package io.exwire.core.testing;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.PrivateSpotWebsocket;
import io.exwire.core.trading.PrivateVenue;

/** The toy venue's private spot websocket: all behaviour is core's. */
public final class ToyPrivateWebsocket extends PrivateSpotWebsocket {

    /**
     * @param config the configuration
     * @param credentials the credentials
     * @param handlers the callbacks
     * @param venue the toy venue
     */
    public ToyPrivateWebsocket(ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers,
                               PrivateVenue venue) {
        super(config, credentials, handlers, venue);
    }
}
