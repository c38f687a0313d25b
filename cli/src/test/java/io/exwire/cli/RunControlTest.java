package io.exwire.cli;

import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.RunControl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class RunControlTest {

    private final RunControl control = new RunControl();

    @Test
    void budgetAdmitsExactlyMaxEventsAndStopsNormallyAfterTheLast() {
        control.limitEvents(3);
        int admitted = 0;
        for (int i = 0; i < 10; i++) {
            if (control.admit()) {
                admitted++;
                assertThat(control.isStopped()).isFalse();
                control.completed();
            }
        }

        assertThat(admitted).isEqualTo(3);
        assertThat(control.isStopped()).isTrue();
        assertThat(control.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(control.awaitStop(Duration.ZERO)).isTrue();
    }

    @Test
    void budgetHoldsUnderConcurrentHandlers() throws InterruptedException {
        control.limitEvents(1000);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 1000; i++) {
                    if (control.admit()) {
                        admitted.incrementAndGet();
                        control.completed();
                    }
                }
                done.countDown();
            });
        }

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(admitted.get()).isEqualTo(1000);
        assertThat(control.isStopped()).isTrue();
    }

    @Test
    void noBudgetAdmitsEverythingUntilStopped() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(control.admit()).isTrue();
            control.completed();
        }
        assertThat(control.awaitStop(Duration.ofMillis(1))).isFalse();

        control.stop(ExitCodes.CONNECTION);

        assertThat(control.admit()).isFalse();
        assertThat(control.exitCode()).isEqualTo(ExitCodes.CONNECTION);
    }

    @Test
    void firstStopWins() {
        control.stop(ExitCodes.OK);
        control.stop(ExitCodes.CONNECTION);

        assertThat(control.exitCode()).isEqualTo(ExitCodes.OK);
    }
}
