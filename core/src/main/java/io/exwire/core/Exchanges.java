package io.exwire.core;

/** WIP */
public final class Exchanges {
    private Exchanges() {
    }
}
