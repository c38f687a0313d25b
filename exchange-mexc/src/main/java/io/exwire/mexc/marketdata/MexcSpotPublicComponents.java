package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.core.marketdata.DefaultPublicComposite;
import io.exwire.spi.marketdata.PublicComponents;

/** Creates MEXC spot public components; no I/O on creation. Stateless and thread-safe. */
public final class MexcSpotPublicComponents implements PublicComponents {

    @Override
    public MexcPublicSpotWebsocket websocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        return new MexcPublicSpotWebsocket(config, handlers);
    }

    @Override
    public MexcSpotPublicRestClient rest(ExchangeConfig config) {
        return new MexcSpotPublicRestClient(config);
    }

    @Override
    public DefaultPublicComposite<MexcSpotPublicRestClient, MexcPublicSpotWebsocket> composite(
            ExchangeConfig config, PublicWebsocketHandlers handlers) {
        MexcPublicSpotWebsocket websocket = websocket(config, handlers);
        return new DefaultPublicComposite<>(rest(config), websocket);
    }
}
