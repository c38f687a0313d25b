package io.exwire.testkit.mexc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the simulator's virtual threads and keeps track of the live ones, so tests can prove that
 * {@link MexcSimulator#close()} leaves none behind (virtual threads do not show in
 * {@link Thread#getAllStackTraces()}). Thread-safe.
 */
final class SimThreads {

    private static final Set<Thread> LIVE = ConcurrentHashMap.newKeySet();

    private SimThreads() {
    }

    /**
     * @param name the thread name (prefixed {@code mexc-sim-})
     * @param task the body
     * @return the unstarted virtual thread, tracked until its body returns
     */
    static Thread unstarted(String name, Runnable task) {
        Thread[] self = new Thread[1];
        self[0] = Thread.ofVirtual().name(name).unstarted(() -> {
            try {
                task.run();
            } finally {
                LIVE.remove(self[0]);
            }
        });
        LIVE.add(self[0]);
        return self[0];
    }

    /**
     * @param name the thread name
     * @param task the body
     * @return the started, tracked virtual thread
     */
    static Thread start(String name, Runnable task) {
        Thread thread = unstarted(name, task);
        thread.start();
        return thread;
    }

    /** @return how many simulator virtual threads are still running, across all simulators in this JVM */
    static int live() {
        LIVE.removeIf(t -> !t.isAlive() && t.getState() != Thread.State.NEW);
        return LIVE.size();
    }
}
