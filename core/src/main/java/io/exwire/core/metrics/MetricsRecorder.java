package io.exwire.core.metrics;

import io.exwire.api.metrics.ChannelMetrics;
import io.exwire.api.metrics.MetricsSnapshot;
import io.exwire.api.metrics.PerformanceMetrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The metrics of one component. Hot-path updates are single atomic increments and wait-free histogram records;
 * {@link #snapshot()} computes percentiles and may be called from any thread at any rate. Thread-safe.
 */
public final class MetricsRecorder implements PerformanceMetrics {

    final AtomicLong parseErrors = new AtomicLong();
    final AtomicLong gaps = new AtomicLong();
    final AtomicLong resyncs = new AtomicLong();
    final LatencyHistogram venueToReceive = new LatencyHistogram();
    final LatencyHistogram receiveToHandled = new LatencyHistogram();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong unknownChannel = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, ChannelRecorder> channels = new ConcurrentHashMap<>();
    private volatile LongSupplier queueDepth = () -> 0;
    private volatile LongSupplier queueLag = () -> 0;
    private volatile IntSupplier connections = () -> 0;

    /**
     * Gets or creates a channel's recorder (control path; keep the reference).
     *
     * @param name the channel name
     * @return the recorder
     */
    public ChannelRecorder channel(String name) {
        return channels.computeIfAbsent(name, n -> new ChannelRecorder(n, this));
    }

    /**
     * A frame arrived.
     *
     * @param size its size in bytes (chars for text)
     */
    public void frame(int size) {
        frames.incrementAndGet();
        bytes.addAndGet(size);
    }

    /** A frame for an unknown channel was ignored. */
    public void unknownChannel() {
        unknownChannel.incrementAndGet();
    }

    /** A frame that could not be attributed to a channel failed to decode. */
    public void parseError() {
        parseErrors.incrementAndGet();
    }

    /** A connection was re-established. */
    public void reconnect() {
        reconnects.incrementAndGet();
    }

    /** A frame was dropped because the dispatch queue was full. */
    public void dropped() {
        dropped.incrementAndGet();
    }

    /**
     * Wires the gauges.
     *
     * @param depth queue depth now
     * @param lagNanos age of the oldest queued frame now
     * @param open open connections now
     */
    public void gauges(LongSupplier depth, LongSupplier lagNanos, IntSupplier open) {
        this.queueDepth = depth;
        this.queueLag = lagNanos;
        this.connections = open;
    }

    /** @return reconnects so far */
    public long reconnects() {
        return reconnects.get();
    }

    @Override
    public MetricsSnapshot snapshot() {
        Map<String, ChannelMetrics> perChannel = new TreeMap<>();
        channels.forEach((name, c) -> perChannel.put(name, c.snapshot()));
        return new MetricsSnapshot(frames.get(), bytes.get(), parseErrors.get(), unknownChannel.get(),
                reconnects.get(), gaps.get(), resyncs.get(), dropped.get(), queueDepth.getAsLong(),
                queueLag.getAsLong(), connections.getAsInt(), venueToReceive.summary(), receiveToHandled.summary(),
                perChannel);
    }
}
