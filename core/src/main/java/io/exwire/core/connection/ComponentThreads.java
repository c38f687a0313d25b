package io.exwire.core.connection;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Creates and stops a component's housekeeping scheduler (one daemon platform thread). */
public final class ComponentThreads {

    private ComponentThreads() {
    }

    /**
     * @param name the thread name
     * @return a single-thread daemon scheduler
     */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon(true).name(name).unstarted(r));
    }

    /**
     * Stops a scheduler and waits briefly for its thread to end.
     *
     * @param scheduler the scheduler
     */
    public static void stop(ScheduledExecutorService scheduler) {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
