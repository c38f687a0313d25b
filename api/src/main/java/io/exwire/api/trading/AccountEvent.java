package io.exwire.api.trading;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/** What every private event carries. Private events are immutable records and may be kept. */
public interface AccountEvent {

    /** @return the venue */
    ExchangeId exchange();

    /** @return the market */
    MarketType market();

    /** @return the venue's timestamp in epoch milliseconds, or 0 */
    long exchangeTimestampMillis();

    /** @return local receive time in epoch nanoseconds */
    long receiveTimestampNanos();

    /** @return whether this event was produced by REST reconciliation after a reconnect rather than pushed */
    boolean reconciled();
}
