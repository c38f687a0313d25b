package io.exwire.api.trading;

/** Direction of a futures position. */
public enum PositionSide {
    /** Long. */
    LONG,
    /** Short. */
    SHORT,
    /** No position. */
    FLAT
}
