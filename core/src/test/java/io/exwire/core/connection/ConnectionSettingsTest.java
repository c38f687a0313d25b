package io.exwire.core.connection;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.spi.VenueLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class ConnectionSettingsTest {

    private static final Duration VENUE_HEARTBEAT = Duration.ofSeconds(15);

    private static ExchangeConfig.Builder config() {
        return ExchangeConfig.builder(ExchangeId.of("toy"), MarketType.SPOT);
    }

    private static VenueLimits venue(Duration lifetime) {
        return new VenueLimits(100, 10, VENUE_HEARTBEAT, lifetime, Duration.ZERO);
    }

    @Test
    @DisplayName("without configured values: the venue's heartbeat, a liveness of two heartbeats, the venue's lifetime minus 5 minutes")
    void venueDefaultsForALongLifetime() {
        Duration[] t = ConnectionSettings.timings(config().build(), venue(Duration.ofHours(24)));

        assertThat(t).containsExactly(VENUE_HEARTBEAT, Duration.ofSeconds(30), Duration.ofHours(23).plusMinutes(55));
    }

    @Test
    @DisplayName("a venue lifetime of an hour or less is cut to 95 % of it instead of losing 5 minutes")
    void shortVenueLifetimeKeeps95Percent() {
        assertThat(ConnectionSettings.timings(config().build(), venue(Duration.ofMinutes(30)))[2])
                .isEqualTo(Duration.ofMinutes(28).plusSeconds(30));
        assertThat(ConnectionSettings.timings(config().build(), venue(Duration.ofHours(1)))[2])
                .as("exactly one hour is still short").isEqualTo(Duration.ofMinutes(57));
        assertThat(ConnectionSettings.timings(config().build(), venue(Duration.ofMinutes(61)))[2])
                .as("just over an hour").isEqualTo(Duration.ofMinutes(56));
    }

    @Test
    @DisplayName("a venue without a connection lifetime gives zero: connections are never recycled for age")
    void noVenueLifetimeMeansNoRecycling() {
        assertThat(ConnectionSettings.timings(config().build(), venue(Duration.ZERO))[2]).isZero();
    }

    @Test
    @DisplayName("configured heartbeat, liveness and lifetime win over the venue's values")
    void configuredValuesWin() {
        ExchangeConfig config = config().heartbeatInterval(Duration.ofSeconds(5)).livenessTimeout(Duration.ofSeconds(12))
                .maxConnectionLifetime(Duration.ofMinutes(10)).build();

        Duration[] t = ConnectionSettings.timings(config, venue(Duration.ofHours(24)));

        assertThat(t).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofMinutes(10));
    }

    @Test
    @DisplayName("a configured heartbeat alone also sets the default liveness to two of its intervals")
    void livenessFollowsTheConfiguredHeartbeat() {
        Duration[] t = ConnectionSettings.timings(config().heartbeatInterval(Duration.ofSeconds(4)).build(),
                venue(Duration.ZERO));

        assertThat(t).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ZERO);
    }

    @Test
    @DisplayName("a configured lifetime applies even when the venue has none")
    void configuredLifetimeWithoutVenueLifetime() {
        assertThat(ConnectionSettings.timings(config().maxConnectionLifetime(Duration.ofMinutes(3)).build(),
                venue(Duration.ZERO))[2]).isEqualTo(Duration.ofMinutes(3));
    }
}
