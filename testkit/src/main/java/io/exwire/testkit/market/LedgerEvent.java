package io.exwire.testkit.market;

/**
 * A change of an account, as the ledger emits it. A venue simulator renders each event on its private channels in
 * its own field names.
 */
public sealed interface LedgerEvent {

    /** @return the account's user id */
    String userId();

    /** What happened to an order. */
    enum OrderChange {
        /** Accepted and open (or about to fill at once). */
        NEW,
        /** Partially filled, still open. */
        UPDATE,
        /** Filled, cancelled, expired or rejected. */
        FINISH
    }

    /** Why a balance changed. */
    enum BalanceChange {
        /** An order locked funds. */
        ORDER_CREATE,
        /** A fill moved funds. */
        ORDER_MATCH,
        /** A cancel or finish released funds. */
        ORDER_CANCEL,
        /** A deposit or transfer. */
        DEPOSIT
    }

    /**
     * An order changed.
     *
     * @param userId the user
     * @param change what happened
     * @param order the order after the change
     */
    record OrderEvent(String userId, OrderChange change, OrderState order) implements LedgerEvent {
    }

    /**
     * An own trade happened.
     *
     * @param userId the user
     * @param fill the fill
     */
    record FillEvent(String userId, OwnFill fill) implements LedgerEvent {
    }

    /**
     * A balance changed.
     *
     * @param userId the user
     * @param balance the balance after the change
     * @param change the change of {@code total}
     * @param lockedChange the change of {@code locked}
     * @param reason why
     * @param text a reference such as {@code "BTC_USDT:<order id>"} parts: the order id, or ""
     * @param timestampMillis the time
     */
    record BalanceEvent(String userId, BalanceState balance, io.exwire.api.model.Decimal change,
                        io.exwire.api.model.Decimal lockedChange, BalanceChange reason, String text,
                        long timestampMillis) implements LedgerEvent {
    }

    /**
     * A futures position changed.
     *
     * @param userId the user
     * @param position the position after the change
     */
    record PositionEvent(String userId, PositionState position) implements LedgerEvent {
    }
}
