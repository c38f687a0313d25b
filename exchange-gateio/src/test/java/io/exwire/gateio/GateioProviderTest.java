package io.exwire.gateio;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.gateio.marketdata.GateioPublicRestClient;
import io.exwire.gateio.trading.GateioPrivateRestClient;
import io.exwire.spi.ExchangeProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class GateioProviderTest {

    @Test
    @DisplayName("ServiceLoader finds the gateio provider serving spot and futures")
    void discovered() {
        ExchangeProvider provider = ServiceLoader.load(ExchangeProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals(ExchangeId.of("gateio"))).findFirst()
                .orElseThrow();
        assertThat(provider).isInstanceOf(GateioProvider.class);
        assertThat(provider.spiVersion()).isEqualTo(ExchangeProvider.SPI_VERSION);
        assertThat(provider.markets()).containsExactlyInAnyOrder(MarketType.SPOT, MarketType.FUTURES);
        assertThat(provider.limits(MarketType.SPOT).heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(provider.limits(MarketType.FUTURES).maxSymbolsPerRequest()).isEqualTo(100);
    }

    @Test
    @DisplayName("components create Gate.io REST clients without I/O")
    void components() {
        GateioProvider provider = new GateioProvider();
        for (MarketType market : MarketType.values()) {
            ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("gateio"), market).build();
            try (var rest = provider.publicComponents(market).orElseThrow().rest(config)) {
                assertThat(rest).isInstanceOf(GateioPublicRestClient.class);
            }
            try (var rest = provider.privateComponents(market).orElseThrow().rest(config, Credentials.of("k", "s"))) {
                assertThat(rest).isInstanceOf(GateioPrivateRestClient.class);
            }
        }
        assertThat(PublicWebsocketHandlers.builder().build()).isNotNull();
    }

    @Test
    @DisplayName("a null market is refused")
    void nullMarket() {
        assertThatThrownBy(() -> new GateioProvider().limits(null)).isInstanceOf(NullPointerException.class);
    }
}
