package io.exwire.api.model;

/** The product family a connection trades. */
public enum MarketType {
    /** Spot: sizes in the base asset. */
    SPOT,
    /** Linear (USDT-settled) perpetual futures: sizes in the venue's contracts. */
    FUTURES
}
