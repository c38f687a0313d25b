package io.exwire.cli.discovery;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ExchangeNotFoundException;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.Exchanges;
import io.exwire.spi.ExchangeProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Discovery of the exchange jars as an application sees them, on the class path (META-INF/services) and on the
 * module path (module-info {@code provides}), plus the seed's interface compliance over every discovered
 * implementation.
 */
@Timeout(60)
class ProviderDiscoveryTest {

    private static final Credentials CREDS = Credentials.of("key-abc", "secret-xyz-never-shown").withAccountId("1");

    @Test
    @DisplayName("on the class path, ServiceLoader finds the Gate.io and MEXC providers, each serving spot and futures")
    void classPathDiscovery() {
        Set<String> ids = new TreeSet<>();
        for (ExchangeProvider p : Exchanges.providers()) {
            ids.add(p.id().id());
            assertThat(p.spiVersion()).isEqualTo(ExchangeProvider.SPI_VERSION);
            assertThat(p.markets()).containsExactlyInAnyOrder(MarketType.SPOT, MarketType.FUTURES);
        }
        assertThat(ids).containsExactly("gateio", "mexc");
    }

    @Test
    @DisplayName("on the module path, a module layer of the exwire jars binds both providers through module-info")
    void modulePathDiscovery() throws ClassNotFoundException {
        List<Path> modules = modulePath();
        ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.exwire.core"));
        assertThat(cf.findModule("io.exwire.gateio")).as("gateio bound as a provider").isPresent();
        assertThat(cf.findModule("io.exwire.mexc")).as("mexc bound as a provider").isPresent();
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Class<?> spi = layer.findLoader("io.exwire.spi").loadClass(ExchangeProvider.class.getName());
        Set<String> found = new TreeSet<>();
        for (Object provider : ServiceLoader.load(layer, spi)) {
            found.add(provider.getClass().getModule().getName());
        }
        assertThat(found).containsExactly("io.exwire.gateio", "io.exwire.mexc");
    }

    @Test
    @DisplayName("every discovered public websocket takes mandatory symbols; every private one takes no parameters")
    void interfaceCompliance() throws NoSuchMethodException {
        for (ExchangeProvider p : Exchanges.providers()) {
            for (MarketType m : p.markets()) {
                ExchangeConfig config = ExchangeConfig.builder(p.id(), m).build();
                try (BasePublicWebsocket pub = Exchanges.publicWebsocket(config, PublicWebsocketHandlers.builder().build())) {
                    Method init = pub.getClass().getMethod("initialize", List.class, Set.class);
                    assertThat(init.getParameterCount()).isEqualTo(2);
                    assertThatThrownBy(() -> pub.initialize(List.of(), Set.of(PublicChannel.TRADES)))
                            .isInstanceOf(IllegalArgumentException.class);
                    assertThatThrownBy(() -> pub.initialize(null, Set.of(PublicChannel.TRADES)))
                            .isInstanceOf(IllegalArgumentException.class);
                    assertThat(pub.isConnected()).isFalse();
                }
                try (BasePrivateWebsocket priv = Exchanges.privateWebsocket(config, CREDS, PrivateWebsocketHandlers.builder().build())) {
                    assertThat(priv.getClass().getMethod("initialize").getParameterCount()).isZero();
                    assertThat(priv.toString()).doesNotContain("secret-xyz-never-shown");
                    assertThat(priv.isAuthenticated()).isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("an unknown venue fails with an error that lists the providers found")
    void unknownVenueListsProviders() {
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("nowhere"), MarketType.SPOT).build();
        assertThatThrownBy(() -> Exchanges.publicWebsocket(config, PublicWebsocketHandlers.builder().build()))
                .isInstanceOf(ExchangeNotFoundException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("gateio").hasMessageContaining("mexc");
    }

    @Test
    @DisplayName("configuration errors name the wrong setting; credentials print REDACTED")
    void configValidationAndRedaction() {
        assertThatThrownBy(() -> ExchangeConfig.builder(ExchangeId.of("gateio"), MarketType.SPOT)
                .websocketUri(java.net.URI.create("http://example.com/ws")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("websocketUri");
        assertThatThrownBy(() -> ExchangeConfig.builder(ExchangeId.of("gateio"), MarketType.SPOT)
                .requestTimeout(Duration.ZERO).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> ExchangeConfig.builder(ExchangeId.of("gateio"), MarketType.SPOT)
                .bookDepth(0).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("bookDepth");
        assertThat(CREDS.toString()).contains("REDACTED").doesNotContain("secret-xyz-never-shown").doesNotContain("key-abc");
        assertThatThrownBy(() -> Symbol.parse("BTCUSDT")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The exwire modules and their runtime dependencies, from this test's class path. */
    private static List<Path> modulePath() {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String s = p.toString().replace('\\', '/');
            boolean exwire = s.matches(".*/(api|spi|core|exchange-gateio|exchange-mexc)/target/classes")
                    || s.matches(".*/exwire-(api|spi|core|exchange-gateio|exchange-mexc)-[^/]*\\.jar");
            boolean dependency = s.contains("/io/helidon/") || s.contains("/jackson-core/")
                    || s.contains("/resilience4j") || s.contains("/HdrHistogram/") || s.contains("/vavr")
                    || s.contains("/slf4j-api/");
            if ((exwire || dependency) && Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
