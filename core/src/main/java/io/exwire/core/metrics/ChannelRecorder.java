package io.exwire.core.metrics;

import io.exwire.api.metrics.ChannelMetrics;
import io.exwire.api.metrics.LatencySummary;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters and latencies of one channel. Engines obtain it once (control path) and keep the reference, so the hot
 * path does no lookup. Thread-safe; latency recording expects one writer at a time.
 */
public final class ChannelRecorder {

    private final String name;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong parseErrors = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private volatile LatencyHistogram venueToReceive;
    private volatile LatencyHistogram receiveToHandled;
    private final MetricsRecorder parent;

    ChannelRecorder(String name, MetricsRecorder parent) {
        this.name = name;
        this.parent = parent;
    }

    /** @return the channel name */
    public String name() {
        return name;
    }

    /**
     * Records a delivered message and its latencies.
     *
     * @param exchangeMillis the venue's timestamp, or 0 when none
     * @param receiveNanos local receive time, epoch ns
     * @param handledNanos when the handler returned, epoch ns
     */
    public void delivered(long exchangeMillis, long receiveNanos, long handledNanos) {
        if (messages.incrementAndGet() == 1) {
            allocateHistograms();
        }
        long handled = handledNanos - receiveNanos;
        receiveToHandled.record(handled);
        parent.receiveToHandled.record(handled);
        if (exchangeMillis > 0) {
            long venue = receiveNanos - exchangeMillis * 1_000_000L;
            venueToReceive.record(venue);
            parent.venueToReceive.record(venue);
        }
    }

    /** Histograms cost about 30 KB each, so a channel that never delivers keeps none. */
    private void allocateHistograms() {
        venueToReceive = new LatencyHistogram();
        receiveToHandled = new LatencyHistogram();
    }

    /** @param n frame bytes attributed to this channel */
    public void bytes(int n) {
        bytes.addAndGet(n);
    }

    /** A frame of this channel could not be decoded. */
    public void parseError() {
        parseErrors.incrementAndGet();
        parent.parseErrors.incrementAndGet();
    }

    /** A sequence gap was detected. */
    public void gap() {
        gaps.incrementAndGet();
        parent.gaps.incrementAndGet();
    }

    /** A book was resynchronised. */
    public void resync() {
        resyncs.incrementAndGet();
        parent.resyncs.incrementAndGet();
    }

    ChannelMetrics snapshot() {
        LatencyHistogram venue = venueToReceive;
        LatencyHistogram handled = receiveToHandled;
        return new ChannelMetrics(name, messages.get(), bytes.get(), parseErrors.get(), gaps.get(), resyncs.get(),
                venue == null ? LatencySummary.EMPTY : venue.summary(),
                handled == null ? LatencySummary.EMPTY : handled.summary());
    }
}
