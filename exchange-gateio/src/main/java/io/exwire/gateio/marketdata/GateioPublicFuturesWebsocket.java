package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.MarketType;
import io.exwire.core.marketdata.PublicFuturesWebsocket;

/**
 * Gate.io USDT perpetual futures public market data ({@code wss://fx-ws.gateio.ws/v4/ws/usdt}): order books from
 * {@code futures.order_book_update} plus REST snapshots, {@code futures.trades}, {@code futures.book_ticker} and
 * {@code futures.tickers}. Sizes are contract counts (see {@code Instrument.contractSize()} for the base amount per
 * contract), absolute, with the side separate. All behaviour is core's.
 */
public final class GateioPublicFuturesWebsocket extends PublicFuturesWebsocket {

    /**
     * @param config a futures configuration
     * @param handlers the callbacks
     */
    public GateioPublicFuturesWebsocket(ExchangeConfig config, PublicWebsocketHandlers handlers) {
        super(config, handlers, new GateioPublicVenue(MarketType.FUTURES));
    }
}
