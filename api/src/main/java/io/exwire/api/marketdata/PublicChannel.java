package io.exwire.api.marketdata;

/** The public market-data channels every venue adapter offers. */
public enum PublicChannel {
    /** A local order book kept in sync from snapshots and deltas; delivered as {@link OrderBookView}. */
    ORDER_BOOK,
    /** Public trades, one event each; delivered as {@link TradeView}. */
    TRADES,
    /** Best bid and ask; delivered as {@link BookTickerView}. */
    BOOK_TICKER,
    /** 24 h statistics and last price; delivered as {@link Ticker}. */
    TICKER
}
