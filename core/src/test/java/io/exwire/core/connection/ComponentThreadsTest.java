package io.exwire.core.connection;

import io.exwire.core.testing.ExwireThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(10)
class ComponentThreadsTest {

    @AfterEach
    void noThreadsLeft() {
        Thread.interrupted();
        ExwireThreads.awaitNoneAlive();
    }

    @Test
    @DisplayName("the scheduler runs its tasks on one daemon platform thread with the given name")
    void schedulerThreadIsANamedDaemon() throws Exception {
        ScheduledExecutorService scheduler = ComponentThreads.scheduler("exwire-housekeeping-threads-test");
        try {
            Thread first = scheduler.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            Thread second = scheduler.schedule(Thread::currentThread, 1, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);

            assertThat(first.getName()).isEqualTo("exwire-housekeeping-threads-test");
            assertThat(first.isDaemon()).isTrue();
            assertThat(first.isVirtual()).isFalse();
            assertThat(second).isSameAs(first);
        } finally {
            ComponentThreads.stop(scheduler);
        }
    }

    @Test
    @DisplayName("stop cancels pending tasks and returns once the thread has ended")
    void stopEndsTheThread() throws Exception {
        ScheduledExecutorService scheduler = ComponentThreads.scheduler("exwire-housekeeping-threads-test");
        CompletableFuture<Thread> running = new CompletableFuture<>();
        scheduler.execute(() -> running.complete(Thread.currentThread()));
        Thread thread = running.get(5, TimeUnit.SECONDS);
        scheduler.schedule(() -> { }, 1, TimeUnit.HOURS);

        ComponentThreads.stop(scheduler);

        assertThat(scheduler.isTerminated()).as("a task due in an hour does not keep it waiting").isTrue();
        await("the worker thread exits once the pool has terminated").atMost(Duration.ofSeconds(5))
                .until(() -> !thread.isAlive());
    }

    @Test
    @DisplayName("stop called on an interrupted thread returns without waiting and keeps the interrupt flag")
    void stopKeepsTheCallersInterrupt() throws Exception {
        ScheduledExecutorService scheduler = ComponentThreads.scheduler("exwire-housekeeping-threads-test");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        scheduler.execute(() -> {
            started.countDown();
            awaitIgnoringInterrupts(release);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        Thread.currentThread().interrupt();
        ComponentThreads.stop(scheduler);

        assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
        assertThat(scheduler.isTerminated()).as("returned before the busy task ended").isFalse();
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(scheduler::isTerminated);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // shutdownNow interrupts; this task deliberately keeps running until released
            }
        }
    }
}
