package io.exwire.testkit.conformance;

/** Capabilities a venue market may lack; a conformance test for a missing capability is skipped, never passed. */
public enum Capability {
    /** Order book channel. */
    ORDER_BOOK,
    /** Public trades channel. */
    TRADES,
    /** Best bid/ask channel. */
    BOOK_TICKER,
    /** 24 h ticker channel. */
    TICKER,
    /** Futures positions on the private stream. */
    POSITIONS,
    /** The venue timestamps its pushes. */
    VENUE_TIMESTAMPS
}
