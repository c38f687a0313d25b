package io.exwire.testkit.mexc;

/**
 * Counts a connection's client messages in one-second windows (MEXC spot allows 100 per second and disconnects
 * beyond). Used by the connection's own thread only; not thread-safe.
 */
final class InboundRate {

    private final int perSecond;
    private long windowStart = Long.MIN_VALUE;
    private int count;

    InboundRate(int perSecond) {
        this.perSecond = perSecond;
    }

    /**
     * Counts one message.
     *
     * @param nowMillis the time
     * @return whether the connection is still within the limit
     */
    boolean admit(long nowMillis) {
        if (nowMillis - windowStart >= 1000) {
            windowStart = nowMillis;
            count = 0;
        }
        return ++count <= perSecond;
    }
}
