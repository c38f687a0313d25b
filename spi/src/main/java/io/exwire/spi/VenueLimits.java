package io.exwire.spi;

import java.time.Duration;

/**
 * A venue market's documented limits, which core's connection machinery obeys.
 *
 * @param maxSubscriptionsPerConnection topic subscriptions one connection may hold (MEXC spot: 30), or
 *     {@link Integer#MAX_VALUE}
 * @param maxSymbolsPerRequest symbols one subscribe request may carry
 * @param heartbeatInterval the app-level ping schedule
 * @param maxConnectionLifetime the age at which the venue cuts a connection (MEXC: 24 h), or {@link Duration#ZERO}
 *     when none is documented
 * @param idleSubscriptionCutoff how long a connection without subscriptions is kept by the venue (MEXC: 30 s), or
 *     {@link Duration#ZERO}
 */
public record VenueLimits(int maxSubscriptionsPerConnection, int maxSymbolsPerRequest, Duration heartbeatInterval,
                          Duration maxConnectionLifetime, Duration idleSubscriptionCutoff) {

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public VenueLimits {
        if (maxSubscriptionsPerConnection < 1 || maxSymbolsPerRequest < 1) {
            throw new IllegalArgumentException("subscription limits must be positive");
        }
        requirePositive("heartbeatInterval", heartbeatInterval);
        requireNotNegative("maxConnectionLifetime", maxConnectionLifetime);
        requireNotNegative("idleSubscriptionCutoff", idleSubscriptionCutoff);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireNotNegative(String name, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
