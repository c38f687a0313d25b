package io.exwire.mexc;

import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.mexc.marketdata.MexcFuturesPublicRestClient;
import io.exwire.mexc.marketdata.MexcPublicFuturesWebsocket;
import io.exwire.mexc.marketdata.MexcPublicSpotWebsocket;
import io.exwire.mexc.marketdata.MexcSpotPublicRestClient;
import io.exwire.mexc.trading.MexcFuturesPrivateRestClient;
import io.exwire.mexc.trading.MexcPrivateFuturesWebsocket;
import io.exwire.mexc.trading.MexcPrivateSpotWebsocket;
import io.exwire.mexc.trading.MexcSpotPrivateRestClient;
import io.exwire.mexc.testing.Configs;
import io.exwire.spi.ExchangeProvider;
import io.exwire.spi.VenueLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class MexcProviderTest {

    final MexcProvider provider = new MexcProvider();

    @Test
    @DisplayName("ServiceLoader finds the provider through META-INF/services, with id mexc")
    void discovered() {
        List<ExchangeProvider> found = ServiceLoader.load(ExchangeProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals(ExchangeId.of("mexc"))).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(MexcProvider.class);
        assertThat(found.get(0).spiVersion()).isEqualTo(ExchangeProvider.SPI_VERSION);
    }

    @Test
    @DisplayName("SPOT and FUTURES with the documented limits")
    void marketsAndLimits() {
        assertThat(provider.markets()).containsExactlyInAnyOrder(MarketType.SPOT, MarketType.FUTURES);
        VenueLimits spot = provider.limits(MarketType.SPOT);
        assertThat(spot.maxSubscriptionsPerConnection()).isEqualTo(30);
        assertThat(spot.heartbeatInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(spot.maxConnectionLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(spot.idleSubscriptionCutoff()).isEqualTo(Duration.ofSeconds(30));
        VenueLimits futures = provider.limits(MarketType.FUTURES);
        assertThat(futures.maxSymbolsPerRequest()).isEqualTo(1);
        assertThat(futures.heartbeatInterval()).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThatThrownBy(() -> provider.limits(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("components of each market and domain are created without I/O, in DISCONNECTED state")
    void components() {
        var spot = Configs.of(MarketType.SPOT, Map.of());
        var futures = Configs.of(MarketType.FUTURES, Map.of());
        var credentials = Credentials.of("key", "secret");
        var pub = PublicWebsocketHandlers.builder().build();
        var priv = PrivateWebsocketHandlers.builder().build();
        try (var ws = provider.publicComponents(MarketType.SPOT).orElseThrow().websocket(spot, pub);
             var rest = provider.publicComponents(MarketType.SPOT).orElseThrow().rest(spot);
             var fws = provider.publicComponents(MarketType.FUTURES).orElseThrow().websocket(futures, pub);
             var frest = provider.publicComponents(MarketType.FUTURES).orElseThrow().rest(futures);
             var pws = provider.privateComponents(MarketType.SPOT).orElseThrow().websocket(spot, credentials, priv);
             var prest = provider.privateComponents(MarketType.SPOT).orElseThrow().rest(spot, credentials);
             var fpws = provider.privateComponents(MarketType.FUTURES).orElseThrow()
                     .websocket(futures, credentials, priv);
             var fprest = provider.privateComponents(MarketType.FUTURES).orElseThrow().rest(futures, credentials)) {
            assertThat(ws).isInstanceOf(MexcPublicSpotWebsocket.class);
            assertThat(rest).isInstanceOf(MexcSpotPublicRestClient.class);
            assertThat(fws).isInstanceOf(MexcPublicFuturesWebsocket.class);
            assertThat(frest).isInstanceOf(MexcFuturesPublicRestClient.class);
            assertThat(pws).isInstanceOf(MexcPrivateSpotWebsocket.class);
            assertThat(prest).isInstanceOf(MexcSpotPrivateRestClient.class);
            assertThat(fpws).isInstanceOf(MexcPrivateFuturesWebsocket.class);
            assertThat(fprest).isInstanceOf(MexcFuturesPrivateRestClient.class);
            assertThat(prest.toString()).doesNotContain("secret");
        }
        try (var composite = provider.publicComponents(MarketType.SPOT).orElseThrow().composite(spot, pub)) {
            assertThat(composite.rest()).isInstanceOf(MexcSpotPublicRestClient.class);
            assertThat(composite.websocket()).isInstanceOf(MexcPublicSpotWebsocket.class);
        }
    }

    @Test
    @DisplayName("invalid venue options and a market mismatch fail at creation, before any I/O")
    void validation() {
        var pub = PublicWebsocketHandlers.builder().build();
        assertThatThrownBy(() -> new MexcPublicSpotWebsocket(Configs.of(MarketType.SPOT, Map.of("interval", "5ms")),
                pub)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new MexcPublicFuturesWebsocket(Configs.of(MarketType.FUTURES,
                Map.of("compress", "maybe")), pub)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new MexcPublicSpotWebsocket(Configs.of(MarketType.FUTURES, Map.of()), pub))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new MexcPrivateFuturesWebsocket(Configs.of(MarketType.FUTURES,
                Map.of("openType", "isolated")), Credentials.of("k", "s"), PrivateWebsocketHandlers.builder().build()))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    @DisplayName("the state before initialize is DISCONNECTED")
    void disconnected() {
        try (var ws = new MexcPublicSpotWebsocket(Configs.of(MarketType.SPOT, Map.of()),
                PublicWebsocketHandlers.builder().build())) {
            assertThat(ws.connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
        }
    }
}
