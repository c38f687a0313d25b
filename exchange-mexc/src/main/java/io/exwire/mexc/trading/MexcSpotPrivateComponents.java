package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.DefaultPrivateComposite;
import io.exwire.spi.trading.PrivateComponents;

/** Creates MEXC spot private components; no I/O on creation. Stateless and thread-safe. */
public final class MexcSpotPrivateComponents implements PrivateComponents {

    @Override
    public MexcPrivateSpotWebsocket websocket(ExchangeConfig config, Credentials credentials,
                                              PrivateWebsocketHandlers handlers) {
        return new MexcPrivateSpotWebsocket(config, credentials, handlers);
    }

    @Override
    public MexcSpotPrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new MexcSpotPrivateRestClient(config, credentials);
    }

    @Override
    public DefaultPrivateComposite<MexcSpotPrivateRestClient, MexcPrivateSpotWebsocket> composite(
            ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers) {
        MexcPrivateSpotWebsocket websocket = websocket(config, credentials, handlers);
        return new DefaultPrivateComposite<>(rest(config, credentials), websocket);
    }
}
