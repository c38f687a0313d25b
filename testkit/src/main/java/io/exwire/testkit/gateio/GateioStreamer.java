package io.exwire.testkit.gateio;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Drives {@code tick} at a steady rate on one platform thread, in small batches so rates of tens of thousands of
 * events per second are reachable. Lifecycle: {@link #start} once, {@link #stop} (joins the thread).
 */
final class GateioStreamer {

    private static final int MAX_BATCH = 256;

    private final IntConsumer tick;
    private final int eventsPerSecond;
    private final Thread thread;
    private volatile boolean running = true;

    GateioStreamer(IntConsumer tick, int eventsPerSecond) {
        this.tick = tick;
        this.eventsPerSecond = eventsPerSecond;
        this.thread = Thread.ofPlatform().daemon().name("gateio-sim-stream").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long start = System.nanoTime();
        long done = 0;
        while (running) {
            long due = (System.nanoTime() - start) * eventsPerSecond / 1_000_000_000L - done;
            if (due <= 0) {
                LockSupport.parkNanos(200_000);
                continue;
            }
            int batch = (int) Math.min(due, MAX_BATCH);
            tick.accept(batch);
            done += batch;
        }
    }
}
