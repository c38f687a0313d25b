package io.exwire.core.connection;

import io.exwire.api.ReconnectPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Resilience4j-governed reconnection timing: an {@link IntervalFunction} with exponential backoff and full jitter
 * (attempt {@code n} waits uniformly in {@code [0, min(max, initial × 2^n))}, so the first retry is nearly immediate)
 * and a {@link CircuitBreaker} that opens after {@code breakerFailureThreshold} consecutive failed attempts and
 * makes attempts wait out its open period. Thread-safe.
 */
public final class ReconnectBackoff {

    private final ReconnectPolicy policy;
    private final IntervalFunction interval;
    private final CircuitBreaker breaker;
    private final LongSupplier random;
    private int attempt;

    /**
     * @param name the breaker name
     * @param policy the policy
     * @param random a source of random non-negative longs (injected in tests)
     */
    public ReconnectBackoff(String name, ReconnectPolicy policy, LongSupplier random) {
        this.policy = policy;
        this.random = random;
        this.interval = fullJitter(policy);
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.breakerFailureThreshold())
                .minimumNumberOfCalls(policy.breakerFailureThreshold())
                .failureRateThreshold(100f)
                .waitDurationInOpenState(policy.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    private IntervalFunction fullJitter(ReconnectPolicy p) {
        long initial = p.initialBackoff().toMillis();
        long max = p.maxBackoff().toMillis();
        return attemptNumber -> {
            int shift = Math.min(30, Math.max(0, attemptNumber - 1));
            long ceiling = Math.min(max, initial << shift);
            return Math.floorMod(random.getAsLong(), Math.max(1, ceiling));
        };
    }

    /**
     * The wait before the next attempt, counting it.
     *
     * @return the delay, or empty when {@code maxAttempts} is exhausted
     */
    public synchronized Optional<Duration> nextDelay() {
        if (policy.maxAttempts() > 0 && attempt >= policy.maxAttempts()) {
            return Optional.empty();
        }
        attempt++;
        long millis = interval.apply(attempt);
        if (!breaker.tryAcquirePermission()) {
            millis = Math.max(millis, policy.breakerOpenDuration().toMillis());
        } else {
            breaker.releasePermission();
        }
        return Optional.of(Duration.ofMillis(millis));
    }

    /** An attempt failed. */
    public synchronized void failed() {
        breaker.onError(0, TimeUnit.NANOSECONDS, new IllegalStateException("connect failed"));
    }

    /** An attempt succeeded: attempts and breaker reset. */
    public synchronized void succeeded() {
        attempt = 0;
        breaker.reset();
    }

    /** @return attempts since the last success */
    public synchronized int attempts() {
        return attempt;
    }

    /** @return the breaker's state name */
    public String breakerState() {
        return breaker.getState().name();
    }
}
