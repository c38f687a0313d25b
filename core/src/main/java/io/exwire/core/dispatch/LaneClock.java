package io.exwire.core.dispatch;

import io.exwire.core.transport.EpochNanoClock;

import java.time.InstantSource;

/** The system epoch-nanosecond clock used for queue lag (receive stamps come from the system clock too). */
final class LaneClock {

    private static final EpochNanoClock SYSTEM = new EpochNanoClock(InstantSource.system());

    private LaneClock() {
    }

    static long nowNanos() {
        return SYSTEM.nanos();
    }
}
