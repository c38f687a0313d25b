package io.exwire.core.rest;

import java.time.InstantSource;

/**
 * The venue's clock as seen from here: the local clock plus a measured offset, so signatures carry a time the venue
 * accepts even when the local clock is skewed. Thread-safe.
 */
public final class ServerClock {

    private final InstantSource local;
    private volatile long offsetMillis;

    /** @param local the local clock */
    public ServerClock(InstantSource local) {
        this.local = local;
    }

    /**
     * Records a measurement: the venue's time and the local times around the request.
     *
     * @param serverMillis the venue's time
     * @param sentMillis local time before the request
     * @param receivedMillis local time after the answer
     */
    public void record(long serverMillis, long sentMillis, long receivedMillis) {
        offsetMillis = serverMillis - (sentMillis + receivedMillis) / 2;
    }

    /** @return the current offset in milliseconds (venue minus local) */
    public long offsetMillis() {
        return offsetMillis;
    }

    /** @return the venue's current time in epoch milliseconds */
    public long nowMillis() {
        return local.millis() + offsetMillis;
    }
}
