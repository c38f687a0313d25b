package io.exwire.api.trading;

/** Whether an own trade added or removed liquidity. */
public enum Liquidity {
    /** Resting order filled. */
    MAKER,
    /** Incoming order filled. */
    TAKER
}
