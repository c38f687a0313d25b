package io.exwire.archfixtures.bad.api.trading;

/** Fixture private port. */
public interface BasePrivateWebsocket {
    /** Connects. */
    void initialize();
}
