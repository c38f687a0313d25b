package io.exwire.api.trading;

/** Venue-neutral order status. */
public enum OrderStatus {
    /** Accepted and resting, nothing filled. */
    NEW,
    /** Partially filled and still open. */
    PARTIALLY_FILLED,
    /** Completely filled. */
    FILLED,
    /** Canceled (by the user, the venue, IOC/FOK or self-trade prevention), possibly after partial fills. */
    CANCELED,
    /** Refused by the venue. */
    REJECTED,
    /** Expired by its time in force. */
    EXPIRED
}
