package io.exwire.core.metrics;

import io.exwire.api.metrics.LatencySummary;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * A latency histogram in nanoseconds (1 ns to 60 s, 2 significant digits: percentiles within 1 %). Recording is
 * wait-free for one writer at a time (the dispatch lane); {@link #summary()} may run on any thread. Values outside
 * the range are clamped.
 *
 * <p>Footprint: the recorder's two buffers, the interval copy and the total are four count arrays; at 2 digits and
 * 60 s each is 30 KB (about 94 KB per histogram), where 3 digits and 1 hour took 270 KB each (813 KB per histogram,
 * 8 MB for a public component's ten histograms; see docs/BENCHMARKS.md).
 */
public final class LatencyHistogram {

    private static final long MAX = 60_000_000_000L;
    private static final int DIGITS = 2;

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(MAX, DIGITS);
    private final Histogram total = new Histogram(MAX, DIGITS);
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
