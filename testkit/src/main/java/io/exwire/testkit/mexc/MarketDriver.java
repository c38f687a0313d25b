package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.MarketStep;
import io.exwire.testkit.market.SimulatedMarket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Advances the simulated market and hands each tick's steps to the venue for pushing: on demand ({@link #tick}) or
 * continuously at a rate ({@link #stream}) on one virtual thread.
 *
 * <p><b>Threading.</b> Ticks are serialized, so pushes leave in market order whichever thread ticks.
 * <b>Lifecycle.</b> {@link #close()} stops the streaming thread.
 */
final class MarketDriver implements AutoCloseable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_EVENTS_PER_TICK = 5_000;

    private final SimulatedMarket market;
    private final Supplier<Set<Symbol>> watched;
    private final Consumer<Map<Symbol, List<MarketStep>>> publisher;
    private Thread streamer;

    MarketDriver(SimulatedMarket market, Supplier<Set<Symbol>> watched,
                 Consumer<Map<Symbol, List<MarketStep>>> publisher) {
        this.market = market;
        this.watched = watched;
        this.publisher = publisher;
    }

    synchronized void tick(int events) {
        if (events <= 0) {
            return;
        }
        List<Symbol> among = new ArrayList<>(watched.get());
        Map<Symbol, List<MarketStep>> batch = new LinkedHashMap<>();
        for (int i = 0; i < events; i++) {
            MarketStep step = market.step(among);
            batch.computeIfAbsent(step.delta().symbol(), s -> new ArrayList<>()).add(step);
        }
        publisher.accept(batch);
    }

    /**
     * Starts (or changes, or with 0 stops) continuous streaming.
     *
     * @param eventsPerSecond the rate
     */
    void stream(int eventsPerSecond) {
        Thread previous;
        synchronized (this) {
            previous = streamer;
            streamer = eventsPerSecond > 0
                    ? SimThreads.unstarted("mexc-sim-stream", () -> run(eventsPerSecond))
                    : null;
        }
        stop(previous);
        Thread next = streamer;
        if (next != null) {
            next.start();
        }
    }

    private void run(int eventsPerSecond) {
        long start = System.nanoTime();
        long emitted = 0;
        Thread self = Thread.currentThread();
        while (!self.isInterrupted()) {
            long due = (System.nanoTime() - start) * eventsPerSecond / NANOS_PER_SECOND - emitted;
            if (due > 0) {
                int n = (int) Math.min(due, MAX_EVENTS_PER_TICK);
                tick(n);
                emitted += n;
            } else {
                LockSupport.parkNanos(500_000);
            }
        }
    }

    private static void stop(Thread thread) {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stream(0);
    }
}
