package io.exwire.core.transport;

import java.time.Instant;
import java.time.InstantSource;

/**
 * Epoch nanoseconds without allocation: the injected clock's epoch time at start plus {@link System#nanoTime()}
 * elapsed. For the system clock this is monotonic and cheap; for an injected test clock it follows that clock.
 * Thread-safe.
 */
public final class EpochNanoClock {

    private final InstantSource source;
    private final boolean system;
    private final long baseEpochNanos;
    private final long baseNanoTime;

    /** @param source the clock to follow */
    public EpochNanoClock(InstantSource source) {
        this.source = source;
        this.system = source.equals(InstantSource.system());
        Instant now = source.instant();
        this.baseEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        this.baseNanoTime = System.nanoTime();
    }

    /** @return the current time in epoch nanoseconds */
    public long nanos() {
        if (system) {
            return baseEpochNanos + (System.nanoTime() - baseNanoTime);
        }
        Instant now = source.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** @return the current time in epoch milliseconds */
    public long millis() {
        return system ? nanos() / 1_000_000L : source.millis();
    }
}
