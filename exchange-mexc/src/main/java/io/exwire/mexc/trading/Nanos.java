package io.exwire.mexc.trading;

import java.time.Instant;
import java.time.InstantSource;

/** Epoch nanoseconds from the component's clock, for the receive time of REST-produced events. */
final class Nanos {

    private static final long PER_SECOND = 1_000_000_000L;

    private Nanos() {
    }

    static long now(InstantSource clock) {
        Instant now = clock.instant();
        return now.getEpochSecond() * PER_SECOND + now.getNano();
    }
}
