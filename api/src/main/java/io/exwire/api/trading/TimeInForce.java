package io.exwire.api.trading;

/** How long an order rests. */
public enum TimeInForce {
    /** Good till canceled. */
    GTC,
    /** Immediate or cancel. */
    IOC,
    /** Fill or kill. */
    FOK,
    /** Maker only: rejected or canceled if it would take. */
    POST_ONLY
}
