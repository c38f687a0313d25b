package io.exwire.api.trading;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/** What every private event carries. Private events are immutable records and may be kept. */
public interface AccountEvent {

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
     * Returns the venue's timestamp in epoch milliseconds, or 0.
     *
     * @return the venue's timestamp in epoch milliseconds, or 0
     */
    long exchangeTimestampMillis();

    /**
     * Returns local receive time in epoch nanoseconds.
     *
     * @return local receive time in epoch nanoseconds
     */
    long receiveTimestampNanos();

    /**
     * Returns whether this event was produced by REST reconciliation after a reconnect rather than pushed.
     *
     * @return whether this event was produced by REST reconciliation after a reconnect rather than pushed
     */
    boolean reconciled();
}
