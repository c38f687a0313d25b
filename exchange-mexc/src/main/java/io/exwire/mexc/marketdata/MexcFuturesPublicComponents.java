package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.core.marketdata.DefaultPublicComposite;
import io.exwire.spi.marketdata.PublicComponents;

/** Creates MEXC futures public components; no I/O on creation. Stateless and thread-safe. */
public final class MexcFuturesPublicComponents implements PublicComponents {

    @Override
    public MexcPublicFuturesWebsocket websocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        return new MexcPublicFuturesWebsocket(config, handlers);
    }

    @Override
    public MexcFuturesPublicRestClient rest(ExchangeConfig config) {
        return new MexcFuturesPublicRestClient(config);
    }

    @Override
    public DefaultPublicComposite<MexcFuturesPublicRestClient, MexcPublicFuturesWebsocket> composite(
            ExchangeConfig config, PublicWebsocketHandlers handlers) {
        MexcPublicFuturesWebsocket websocket = websocket(config, handlers);
        return new DefaultPublicComposite<>(rest(config), websocket);
    }
}
