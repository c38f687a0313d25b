package io.exwire.api.model;

/** Buy or sell: the taker's side for public trades, the order's side for private events. */
public enum Side {
    /** Buying the base asset (long for futures). */
    BUY,
    /** Selling the base asset (short for futures). */
    SELL
}
