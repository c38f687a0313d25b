package io.exwire.api.trading;

/** Venue-neutral order type. */
public enum OrderType {
    /** Limit order. */
    LIMIT,
    /** Market order. */
    MARKET,
    /** A type this enum does not model; the raw value is on the event. */
    OTHER
}
