package io.exwire.core.metrics;

import io.exwire.api.metrics.LatencySummary;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * A latency histogram in nanoseconds (1 ns to 1 hour, 3 significant digits). Recording is wait-free for one writer
 * at a time (the dispatch lane); {@link #summary()} may run on any thread. Values outside the range are clamped.
 */
public final class LatencyHistogram {

    private static final long MAX = 3_600_000_000_000L;

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(MAX, 3);
    private final Histogram total = new Histogram(MAX, 3);
    private Histogram interval;

    /**
     * Records one value.
     *
     * @param nanos the latency; negative values (clock skew) are recorded as 0
     */
    public void record(long nanos) {
        recorder.recordValue(Math.min(MAX, Math.max(0, nanos)));
    }

    /** @return percentiles of everything recorded so far */
    public synchronized LatencySummary summary() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        if (total.getTotalCount() == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(total.getTotalCount(), total.getValueAtPercentile(50),
                total.getValueAtPercentile(99), total.getValueAtPercentile(99.9), total.getMaxValue());
    }
}
