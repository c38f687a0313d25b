package io.exwire.core.connection;

import io.exwire.api.ExchangeConfig;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.transport.EpochNanoClock;
import io.exwire.core.transport.WsTransport;
import io.exwire.spi.VenueLimits;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * What every connection of one component shares.
 *
 * @param config the configuration
 * @param transport the websocket transport
 * @param scheduler the component's housekeeping scheduler
 * @param lane the component's dispatch lane
 * @param metrics the component's metrics
 * @param stateListener receives transitions
 * @param clock the component's clock
 * @param heartbeat the app-level ping interval
 * @param liveness silence that declares a connection dead
 * @param lifetime age at which a connection is recycled, or zero
 * @param random jitter source
 */
public record ConnectionSettings(ExchangeConfig config, WsTransport transport, ScheduledExecutorService scheduler,
                                 DispatchLane lane, MetricsRecorder metrics, StateListener stateListener,
                                 EpochNanoClock clock, Duration heartbeat, Duration liveness, Duration lifetime,
                                 LongSupplier random) {

    /**
     * Derives heartbeat, liveness and lifetime from the configuration and the venue's limits: the configured values
     * win; otherwise the venue's heartbeat, a liveness of two heartbeats, and the venue's lifetime minus 5 minutes
     * (or 95% of it when shorter than an hour).
     *
     * @param config the configuration
     * @param limits the venue's limits
     * @return heartbeat, liveness and lifetime
     */
    public static Duration[] timings(ExchangeConfig config, VenueLimits limits) {
        Duration heartbeat = config.heartbeatInterval().orElse(limits.heartbeatInterval());
        Duration liveness = config.livenessTimeout().orElse(heartbeat.multipliedBy(2));
        Duration venueLifetime = limits.maxConnectionLifetime();
        Duration defaultLifetime = venueLifetime.isZero() ? Duration.ZERO
                : venueLifetime.compareTo(Duration.ofHours(1)) > 0 ? venueLifetime.minusMinutes(5)
                : venueLifetime.multipliedBy(95).dividedBy(100);
        Duration lifetime = config.maxConnectionLifetime().orElse(defaultLifetime);
        return new Duration[]{heartbeat, liveness, lifetime};
    }
}
