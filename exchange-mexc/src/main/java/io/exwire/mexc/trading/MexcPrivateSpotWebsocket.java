package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.PrivateSpotWebsocket;

/**
 * The MEXC spot account stream: orders, fills and balances pushed as protobuf on a listen-key connection, with the
 * key created, kept alive every 30 minutes, replaced when refused and deleted on close (see
 * {@link MexcSpotPrivateProtocol}). Connection, reconnection and REST reconciliation are core's; contracts as
 * {@link io.exwire.api.trading.BasePrivateWebsocket}.
 */
public final class MexcPrivateSpotWebsocket extends PrivateSpotWebsocket {

    /**
     * @param config a SPOT configuration
     * @param credentials the account's credentials
     * @param handlers the callbacks
     */
    public MexcPrivateSpotWebsocket(ExchangeConfig config, Credentials credentials,
                                    PrivateWebsocketHandlers handlers) {
        super(config, credentials, handlers, new MexcSpotPrivateVenue());
    }
}
