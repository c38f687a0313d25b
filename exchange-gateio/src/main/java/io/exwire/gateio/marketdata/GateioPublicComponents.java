package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.BasePublicComposite;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.MarketType;
import io.exwire.core.marketdata.DefaultPublicComposite;
import io.exwire.spi.marketdata.PublicComponents;

/** Creates Gate.io public components of one market. Stateless, thread-safe; creation does no I/O. */
public final class GateioPublicComponents implements PublicComponents {

    private final MarketType market;

    /** @param market the market */
    public GateioPublicComponents(MarketType market) {
        this.market = market;
    }

    @Override
    public BasePublicWebsocket websocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        return market == MarketType.SPOT
                ? new GateioPublicSpotWebsocket(config, handlers)
                : new GateioPublicFuturesWebsocket(config, handlers);
    }

    @Override
    public GateioPublicRestClient rest(ExchangeConfig config) {
        return new GateioPublicRestClient(config);
    }

    @Override
    public BasePublicComposite<GateioPublicRestClient, BasePublicWebsocket> composite(ExchangeConfig config,
                                                                                       PublicWebsocketHandlers handlers) {
        return new DefaultPublicComposite<>(rest(config), websocket(config, handlers));
    }
}
