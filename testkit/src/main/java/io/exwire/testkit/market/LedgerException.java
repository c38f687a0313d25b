package io.exwire.testkit.market;

/** A ledger request the simulated venue refuses; a venue renders {@link #reason()} as its own error label. */
public final class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** No such account. */
        UNKNOWN_ACCOUNT,
        /** The symbol is not listed. */
        UNKNOWN_SYMBOL,
        /** No such order for this account. */
        ORDER_NOT_FOUND,
        /** The order is already finished. */
        ORDER_CLOSED,
        /** Not enough available balance. */
        BALANCE_NOT_ENOUGH,
        /** Size not positive or not a multiple of the lot size. */
        INVALID_SIZE,
        /** Price missing, not positive or not a multiple of the tick. */
        INVALID_PRICE
    }

    private final Reason reason;

    /**
     * @param reason the reason
     * @param message the detail
     */
    public LedgerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return the reason */
    public Reason reason() {
        return reason;
    }
}
