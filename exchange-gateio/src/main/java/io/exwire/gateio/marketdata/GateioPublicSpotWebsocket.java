package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.MarketType;
import io.exwire.core.marketdata.PublicSpotWebsocket;

/**
 * Gate.io spot public market data ({@code wss://api.gateio.ws/ws/v4/}): order books from
 * {@code spot.order_book_update} plus REST snapshots, {@code spot.trades}, {@code spot.book_ticker} and
 * {@code spot.tickers}. All behaviour is core's; this class only plugs in Gate.io's protocol.
 */
public final class GateioPublicSpotWebsocket extends PublicSpotWebsocket {

    /**
     * @param config a spot configuration
     * @param handlers the callbacks
     */
    public GateioPublicSpotWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        super(config, handlers, new GateioPublicVenue(MarketType.SPOT));
    }
}
