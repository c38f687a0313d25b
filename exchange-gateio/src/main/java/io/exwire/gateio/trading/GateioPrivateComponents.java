package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.BasePrivateComposite;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.api.model.MarketType;
import io.exwire.core.trading.DefaultPrivateComposite;
import io.exwire.spi.trading.PrivateComponents;

/** Creates Gate.io private components of one market. Stateless, thread-safe; creation does no I/O. */
public final class GateioPrivateComponents implements PrivateComponents {

    private final MarketType market;

    /** @param market the market */
    public GateioPrivateComponents(MarketType market) {
        this.market = market;
    }

    @Override
    public BasePrivateWebsocket websocket(ExchangeConfig config, Credentials credentials,
                                          PrivateWebsocketHandlers handlers) {
        return market == MarketType.SPOT
                ? new GateioPrivateSpotWebsocket(config, credentials, handlers)
                : new GateioPrivateFuturesWebsocket(config, credentials, handlers);
    }

    @Override
    public GateioPrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new GateioPrivateRestClient(config, credentials);
    }

    @Override
    public BasePrivateComposite<GateioPrivateRestClient, BasePrivateWebsocket> composite(
            ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers) {
        return new DefaultPrivateComposite<>(rest(config, credentials), websocket(config, credentials, handlers));
    }
}
