package io.exwire.api;

import java.time.Duration;

/**
 * How a lost connection is re-established: exponential backoff with full jitter, capped, and a circuit breaker so
 * a venue that keeps failing is not hammered.
 *
 * <p>Attempt {@code n} (0-based) waits a uniformly random time in {@code [0, min(maxBackoff, initialBackoff × 2^n))};
 * the first attempt therefore happens almost at once. After {@code breakerFailureThreshold} consecutive failed
 * attempts the breaker opens and no attempt is made for {@code breakerOpenDuration}.
 *
 * @param initialBackoff the upper bound of the first wait, e.g. 50 ms
 * @param maxBackoff the cap of every wait, e.g. 30 s
 * @param maxAttempts consecutive attempts before giving up, or 0 for unlimited (the default)
 * @param breakerFailureThreshold consecutive failures that open the circuit breaker
 * @param breakerOpenDuration how long the open breaker blocks attempts
 */
public record ReconnectPolicy(Duration initialBackoff, Duration maxBackoff, int maxAttempts,
                              int breakerFailureThreshold, Duration breakerOpenDuration) {

    /** The defaults: 50 ms initial, 30 s cap, unlimited attempts, breaker opens for 60 s after 20 failures. */
    public static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(Duration.ofMillis(50), Duration.ofSeconds(30), 0, 20, Duration.ofSeconds(60));

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException naming the invalid setting
     */
    public ReconnectPolicy {
        ExchangeConfig.requirePositive("reconnect.initialBackoff", initialBackoff);
        ExchangeConfig.requirePositive("reconnect.maxBackoff", maxBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("reconnect.maxBackoff must be >= reconnect.initialBackoff");
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("reconnect.maxAttempts must be >= 0 (0 = unlimited) but was " + maxAttempts);
        }
        if (breakerFailureThreshold < 1) {
            throw new IllegalArgumentException("reconnect.breakerFailureThreshold must be >= 1 but was " + breakerFailureThreshold);
        }
        ExchangeConfig.requirePositive("reconnect.breakerOpenDuration", breakerOpenDuration);
    }
}
