package io.exwire.api.metrics;

/**
 * Percentiles of one latency histogram, in nanoseconds.
 *
 * @param count number of recorded values
 * @param p50 median
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max largest recorded value
 */
public record LatencySummary(long count, long p50, long p99, long p999, long max) {

    /** A summary of no values. */
    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);
}
