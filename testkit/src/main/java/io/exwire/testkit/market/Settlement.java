package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;

import java.util.List;

/** How orders reserve funds and how fills move them: one implementation for spot, one for futures. */
interface Settlement {

    /**
     * Reserves the funds an order needs (records them on the order).
     *
     * @throws LedgerException with {@code BALANCE_NOT_ENOUGH}
     */
    void reserve(LedgerAccount account, LedgerOrder order, Ctx ctx);

    /** Releases what the order still holds (cancel or finish). */
    void release(LedgerAccount account, LedgerOrder order, Ctx ctx);

    /** Moves funds (and the position) for a fill of {@code size} at {@code price} with {@code fee}. */
    void settle(LedgerAccount account, LedgerOrder order, Decimal size, Decimal price, Decimal fee, Ctx ctx);

    /** @return the fee of a fill of {@code size} at {@code price} at {@code rate}, in {@link #feeAsset} */
    Decimal fee(LedgerOrder order, Decimal size, Decimal price, Decimal rate, InstrumentSpec spec);

    /** @return the asset a fill's fee is charged in */
    String feeAsset(LedgerOrder order);

    /**
     * The context of one ledger operation: time, spec and collected events.
     *
     * @param nowMillis the time
     * @param spec the instrument
     * @param events where events go, in order
     */
    record Ctx(long nowMillis, InstrumentSpec spec, List<LedgerEvent> events) {
    }
}
