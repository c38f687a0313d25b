package io.exwire.core.connection;

import io.exwire.api.ReconnectPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class ReconnectBackoffTest {

    private static ReconnectPolicy policy(int maxAttempts, int breakerThreshold) {
        return new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(1000), maxAttempts, breakerThreshold,
                Duration.ofSeconds(30));
    }

    private static List<Long> delays(ReconnectBackoff b, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(b.nextDelay().orElseThrow().toMillis());
        }
        return out;
    }

    @Test
    @DisplayName("attempt n waits at most min(max, initial x 2^n) - 1 ms: the ceiling doubles per attempt and is capped")
    void upperBoundsPerAttempt() {
        ReconnectBackoff b = new ReconnectBackoff("t", policy(0, 1000), () -> -1L);
        assertThat(delays(b, 7)).containsExactly(99L, 199L, 399L, 799L, 999L, 999L, 999L);
    }

    @Test
    @DisplayName("the smallest random value gives an immediate retry at every attempt (full jitter starts at zero)")
    void lowerBoundIsZero() {
        ReconnectBackoff b = new ReconnectBackoff("t", policy(0, 1000), () -> 0L);
        assertThat(delays(b, 5)).containsOnly(0L);
    }

    @Test
    @DisplayName("with any random source every wait lies in [0, ceiling of its attempt)")
    void jitterWithinBounds() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 200; run++) {
            ReconnectBackoff b = new ReconnectBackoff("t", policy(0, 1000), random::nextLong);
            List<Long> d = delays(b, 6);
            long[] ceilings = {100, 200, 400, 800, 1000, 1000};
            for (int i = 0; i < d.size(); i++) {
                assertThat(d.get(i)).as("attempt %d", i).isBetween(0L, ceilings[i] - 1);
            }
        }
    }

    @Test
    @DisplayName("maxAttempts consecutive attempts are allowed, then nextDelay is empty; success resets the count")
    void maxAttemptsExhaustion() {
        ReconnectBackoff b = new ReconnectBackoff("t", policy(3, 1000), () -> -1L);
        assertThat(delays(b, 3)).containsExactly(99L, 199L, 399L);
        assertThat(b.attempts()).isEqualTo(3);
        assertThat(b.nextDelay()).isEmpty();
        b.succeeded();
        assertThat(b.attempts()).isZero();
        assertThat(b.nextDelay()).contains(Duration.ofMillis(99));
    }

    @Test
    @DisplayName("after N consecutive failures the breaker opens and forces the open-duration wait; success closes it")
    void breakerOpensAfterThreshold() {
        ReconnectBackoff b = new ReconnectBackoff("t", policy(0, 3), () -> 0L);
        for (int i = 0; i < 2; i++) {
            assertThat(b.nextDelay()).contains(Duration.ZERO);
            b.failed();
        }
        assertThat(b.breakerState()).isEqualTo("CLOSED");
        assertThat(b.nextDelay()).contains(Duration.ZERO);
        b.failed();
        assertThat(b.breakerState()).isEqualTo("OPEN");
        Optional<Duration> forced = b.nextDelay();
        assertThat(forced).contains(Duration.ofSeconds(30));
        b.succeeded();
        assertThat(b.breakerState()).isEqualTo("CLOSED");
        assertThat(b.nextDelay()).contains(Duration.ZERO);
    }
}
