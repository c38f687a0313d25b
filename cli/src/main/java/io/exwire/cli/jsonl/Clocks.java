package io.exwire.cli.jsonl;

import java.time.Instant;

/** Local timestamps for lines that carry none of their own (errors, gaps). */
final class Clocks {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Clocks() {
    }

    /** @return now in epoch nanoseconds */
    static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }

    /**
     * @param epochMillis a timestamp in epoch milliseconds
     * @return it in epoch nanoseconds
     */
    static long millisToNanos(long epochMillis) {
        return epochMillis * NANOS_PER_MILLI;
    }
}
