package io.exwire.benchmarks.harness;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.marketdata.MarketDataEvent;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.ConnectionState;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application side of the harness: handlers that do what a latency-sensitive application does at the end of a
 * callback (read the view, take the time) and record it. All state is static so that the handler objects the
 * component retains are empty and do not inflate its retained-heap figure.
 *
 * <p>Latencies, in nanoseconds, recorded when the handler runs:
 * <ul>
 *   <li><b>e2e</b>: handler time (epoch ns) − the venue timestamp the simulator stamped into the frame
 *   ({@code exchangeTimestampMillis} × 10^6). The simulator stamps whole milliseconds, so each value over-states the
 *   true latency by the stamp's truncation, uniformly 0–1 ms: read e2e figures as upper bounds.</li>
 *   <li><b>recv</b>: handler time − {@code receiveTimestampNanos} (the transport's receipt stamp): queueing,
 *   decoding and dispatch inside exwire, at nanosecond resolution.</li>
 * </ul>
 */
final class Probe {

    private static final long BASE_EPOCH_NANOS;
    private static final long BASE_NANO_TIME;

    static {
        Instant now = Instant.now();
        BASE_NANO_TIME = System.nanoTime();
        BASE_EPOCH_NANOS = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static final Recorder E2E = new Recorder(3_600_000_000_000L, 3);
    static final Recorder RECV = new Recorder(3_600_000_000_000L, 3);
    static final AtomicLong EVENTS = new AtomicLong();
    static final AtomicLong ERRORS = new AtomicLong();
    static final AtomicLong GAPS = new AtomicLong();
    static final AtomicLong RESYNCS = new AtomicLong();
    static final ConcurrentLinkedQueue<String> ERROR_SAMPLES = new ConcurrentLinkedQueue<>();
    /** Connection state transitions: {@code [nanoTime, connectionId, ordinal of the new state]}. */
    static final ConcurrentLinkedQueue<long[]> STATES = new ConcurrentLinkedQueue<>();

    private Probe() {
    }

    static long epochNanos() {
        return BASE_EPOCH_NANOS + (System.nanoTime() - BASE_NANO_TIME);
    }

    private static void record(MarketDataEvent e) {
        long now = epochNanos();
        long venue = e.exchangeTimestampMillis();
        if (venue > 0) {
            E2E.recordValue(clamp(now - venue * 1_000_000L));
        }
        RECV.recordValue(clamp(now - e.receiveTimestampNanos()));
        EVENTS.incrementAndGet();
    }

    private static long clamp(long v) {
        return Math.max(0, Math.min(v, 3_600_000_000_000L));
    }

    private static void onTrade(TradeView t) {
        record(t);
    }

    private static void onBookTicker(BookTickerView b) {
        record(b);
    }

    private static void onOrderBook(OrderBookView book) {
        record(book);
    }

    private static void onError(ExwireException e) {
        ERRORS.incrementAndGet();
        if (ERROR_SAMPLES.size() < 20) {
            ERROR_SAMPLES.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void onGap(BookGap gap) {
        GAPS.incrementAndGet();
    }

    private static void onResynced(BookResynced r) {
        RESYNCS.incrementAndGet();
    }

    private static void onState(ConnectionStateChange c) {
        STATES.add(new long[] {System.nanoTime(), c.connectionId(), c.to().ordinal()});
    }

    /** @return handlers that capture nothing (method references to static methods) */
    static PublicWebsocketHandlers handlers() {
        return PublicWebsocketHandlers.builder()
                .onTrade(Probe::onTrade)
                .onBookTicker(Probe::onBookTicker)
                .onOrderBook(Probe::onOrderBook)
                .onError(Probe::onError)
                .onBookGap(Probe::onGap)
                .onBookResynced(Probe::onResynced)
                .onConnectionState(Probe::onState)
                .build();
    }

    /** Clears everything between components. */
    static void reset() {
        E2E.reset();
        RECV.reset();
        EVENTS.set(0);
        ERRORS.set(0);
        GAPS.set(0);
        RESYNCS.set(0);
        ERROR_SAMPLES.clear();
        STATES.clear();
    }

    /** @return the state transitions so far, oldest first */
    static List<long[]> states() {
        return new ArrayList<>(STATES);
    }

    /** @return whether a transition to {@code state} is recorded after {@code sinceNanos} for every given id */
    static long lastTransitionTo(ConnectionState state, long sinceNanos, java.util.Set<Integer> ids) {
        Map<Integer, Long> seen = new java.util.HashMap<>();
        for (long[] s : STATES) {
            if (s[0] >= sinceNanos && s[2] == state.ordinal()) {
                seen.put((int) s[1], s[0]);
            }
        }
        if (!seen.keySet().containsAll(ids)) {
            return -1;
        }
        long last = 0;
        for (int id : ids) {
            last = Math.max(last, seen.get(id));
        }
        return last;
    }

    /** @param h an interval histogram @return p50, p99, p99.9, max in microseconds, and the count */
    static Map<String, Object> summary(Histogram h) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("count", h.getTotalCount());
        m.put("p50_us", micros(h.getValueAtPercentile(50)));
        m.put("p99_us", micros(h.getValueAtPercentile(99)));
        m.put("p999_us", micros(h.getValueAtPercentile(99.9)));
        m.put("max_us", micros(h.getMaxValue()));
        return m;
    }

    private static double micros(long nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
