package io.exwire.core.metrics;

import io.exwire.api.metrics.LatencySummary;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;

/**
 * A latency histogram in nanoseconds: 1 ns to 60 s at two significant digits (1% relative precision), about 30 KB.
 * Recording is lock-free and thread-safe ({@link AtomicHistogram}: one fixed-size atomic counts array, where
 * {@code ConcurrentHistogram} keeps two for resizing, 62 KB, and records at about twice the cost); {@link #summary()}
 * copies and may run on any thread. Values outside the range are clamped (a latency above 60 s is reported as 60 s).
 */
public final class LatencyHistogram {

    /** The largest value tracked, in nanoseconds. */
    public static final long MAX_NANOS = 60_000_000_000L;

    private final Histogram histogram = new AtomicHistogram(1, MAX_NANOS, 2);

    /**
     * Records one value.
     *
     * @param nanos the latency; negative values (clock skew) are recorded as 0
     */
    public void record(long nanos) {
        histogram.recordValue(Math.min(MAX_NANOS, Math.max(0, nanos)));
    }

    /** @return percentiles of everything recorded so far */
    public LatencySummary summary() {
        Histogram copy = histogram.copy();
        if (copy.getTotalCount() == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(copy.getTotalCount(), copy.getValueAtPercentile(50),
                copy.getValueAtPercentile(99), copy.getValueAtPercentile(99.9), copy.getMaxValue());
    }
}
