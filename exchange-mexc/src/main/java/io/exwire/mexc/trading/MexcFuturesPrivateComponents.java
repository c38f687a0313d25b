package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.DefaultPrivateComposite;
import io.exwire.spi.trading.PrivateComponents;

/** Creates MEXC futures private components; no I/O on creation. Stateless and thread-safe. */
public final class MexcFuturesPrivateComponents implements PrivateComponents {

    @Override
    public MexcPrivateFuturesWebsocket websocket(ExchangeConfig config, Credentials credentials,
                                                 PrivateWebsocketHandlers handlers) {
        return new MexcPrivateFuturesWebsocket(config, credentials, handlers);
    }

    @Override
    public MexcFuturesPrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new MexcFuturesPrivateRestClient(config, credentials);
    }

    @Override
    public DefaultPrivateComposite<MexcFuturesPrivateRestClient, MexcPrivateFuturesWebsocket> composite(
            ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers) {
        MexcPrivateFuturesWebsocket websocket = websocket(config, credentials, handlers);
        return new DefaultPrivateComposite<>(rest(config, credentials), websocket);
    }
}
