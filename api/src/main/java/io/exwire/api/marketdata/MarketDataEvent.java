package io.exwire.api.marketdata;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

/** What every public market-data event carries: where it comes from and its two timestamps. */
public interface MarketDataEvent {

    /**
     * Returns the venue.
     *
     * @return the venue
     */
    ExchangeId exchange();

    /**
     * Returns the market.
     *
     * @return the market
     */
    MarketType market();

    /**
     * Returns the venue-neutral symbol.
     *
     * @return the venue-neutral symbol
     */
    Symbol symbol();

    /**
     * Returns the venue's timestamp of the event in epoch milliseconds, or 0 when the venue sends none.
     *
     * @return the venue's timestamp of the event in epoch milliseconds, or 0 when the venue sends none
     */
    long exchangeTimestampMillis();

    /**
     * Returns when the frame was received locally, in epoch nanoseconds.
     *
     * @return when the frame was received locally, in epoch nanoseconds
     */
    long receiveTimestampNanos();
}
