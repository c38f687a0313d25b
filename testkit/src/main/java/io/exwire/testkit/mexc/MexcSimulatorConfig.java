package io.exwire.testkit.mexc;

import java.time.Duration;
import java.util.Objects;

/**
 * Timers and limits of a {@link MexcSimulator}, defaulting to the venue's documented values; tests shorten the
 * timers. Immutable and thread-safe.
 *
 * @param noSubscriptionTimeout spot: close a connection that has had no valid subscription for this long (30 s)
 * @param noDataTimeout spot: close a subscribed connection that got no data and sent no PING for this long (60 s)
 * @param pingTimeout futures: close a connection whose client sent no {@code ping} for this long (60 s)
 * @param maxLifetime close any connection after this long (24 h)
 * @param listenKeyValidity spot: a listenKey expires this long after creation or its last keep-alive (60 min)
 * @param maxSubscriptions spot: channels per connection that receive data; further ones are acked but dead (30)
 * @param maxInboundPerSecond spot: client messages per second a connection may send before it is cut (100)
 */
public record MexcSimulatorConfig(Duration noSubscriptionTimeout, Duration noDataTimeout, Duration pingTimeout,
                                  Duration maxLifetime, Duration listenKeyValidity, int maxSubscriptions,
                                  int maxInboundPerSecond) {

    /** Validates the values. */
    public MexcSimulatorConfig {
        requirePositive("noSubscriptionTimeout", noSubscriptionTimeout);
        requirePositive("noDataTimeout", noDataTimeout);
        requirePositive("pingTimeout", pingTimeout);
        requirePositive("maxLifetime", maxLifetime);
        requirePositive("listenKeyValidity", listenKeyValidity);
        if (maxSubscriptions <= 0 || maxInboundPerSecond <= 0) {
            throw new IllegalArgumentException("maxSubscriptions and maxInboundPerSecond must be positive");
        }
    }

    /** @return the venue's documented values */
    public static MexcSimulatorConfig defaults() {
        return new MexcSimulatorConfig(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofHours(24), Duration.ofMinutes(60), 30, 100);
    }

    /**
     * @param timeout the new value
     * @return a copy with another no-subscription timeout
     */
    public MexcSimulatorConfig withNoSubscriptionTimeout(Duration timeout) {
        return new MexcSimulatorConfig(timeout, noDataTimeout, pingTimeout, maxLifetime, listenKeyValidity,
                maxSubscriptions, maxInboundPerSecond);
    }

    /**
     * @param timeout the new value
     * @return a copy with another no-data timeout
     */
    public MexcSimulatorConfig withNoDataTimeout(Duration timeout) {
        return new MexcSimulatorConfig(noSubscriptionTimeout, timeout, pingTimeout, maxLifetime, listenKeyValidity,
                maxSubscriptions, maxInboundPerSecond);
    }

    /**
     * @param timeout the new value
     * @return a copy with another futures ping timeout
     */
    public MexcSimulatorConfig withPingTimeout(Duration timeout) {
        return new MexcSimulatorConfig(noSubscriptionTimeout, noDataTimeout, timeout, maxLifetime, listenKeyValidity,
                maxSubscriptions, maxInboundPerSecond);
    }

    /**
     * @param lifetime the new value
     * @return a copy with another maximum connection lifetime
     */
    public MexcSimulatorConfig withMaxLifetime(Duration lifetime) {
        return new MexcSimulatorConfig(noSubscriptionTimeout, noDataTimeout, pingTimeout, lifetime, listenKeyValidity,
                maxSubscriptions, maxInboundPerSecond);
    }

    /**
     * @param validity the new value
     * @return a copy with another listenKey validity
     */
    public MexcSimulatorConfig withListenKeyValidity(Duration validity) {
        return new MexcSimulatorConfig(noSubscriptionTimeout, noDataTimeout, pingTimeout, maxLifetime, validity,
                maxSubscriptions, maxInboundPerSecond);
    }

    /**
     * @param perSecond the new value
     * @return a copy with another spot inbound message limit
     */
    public MexcSimulatorConfig withMaxInboundPerSecond(int perSecond) {
        return new MexcSimulatorConfig(noSubscriptionTimeout, noDataTimeout, pingTimeout, maxLifetime,
                listenKeyValidity, maxSubscriptions, perSecond);
    }

    /** @return how often the simulator checks the timers: a tenth of the shortest one, within 5 ms..1 s */
    Duration housekeepingInterval() {
        long shortest = Math.min(Math.min(noSubscriptionTimeout.toMillis(), noDataTimeout.toMillis()),
                Math.min(pingTimeout.toMillis(), maxLifetime.toMillis()));
        return Duration.ofMillis(Math.max(5, Math.min(1000, shortest / 10)));
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
