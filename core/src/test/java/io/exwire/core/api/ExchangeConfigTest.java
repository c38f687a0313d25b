package io.exwire.core.api;

import io.exwire.api.DispatchMode;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.ReconnectPolicy;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class ExchangeConfigTest {

    private static final ExchangeId TOY = ExchangeId.of("toy");

    private static void rejected(UnaryOperator<ExchangeConfig.Builder> setting, String named) {
        ExchangeConfig.Builder b = setting.apply(ExchangeConfig.builder(TOY, MarketType.SPOT));
        assertThatThrownBy(b::build)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(((ConfigurationException) e).isTransient()).isFalse());
    }

    @Test
    @DisplayName("every invalid setting fails build() with a ConfigurationException naming that setting")
    void validationNamesTheSetting() {
        rejected(b -> b.websocketUri(URI.create("http://127.0.0.1/ws")), "websocketUri");
        rejected(b -> b.websocketUri(URI.create("ws:///ws")), "websocketUri must name a host");
        rejected(b -> b.restUri(URI.create("ws://127.0.0.1")), "restUri");
        rejected(b -> b.connectTimeout(Duration.ZERO), "connectTimeout");
        rejected(b -> b.connectTimeout(null), "connectTimeout");
        rejected(b -> b.requestTimeout(Duration.ofSeconds(-1)), "requestTimeout");
        rejected(b -> b.heartbeatInterval(Duration.ZERO), "heartbeatInterval");
        rejected(b -> b.livenessTimeout(Duration.ofMillis(-5)), "livenessTimeout");
        rejected(b -> b.maxConnectionLifetime(Duration.ZERO), "maxConnectionLifetime");
        rejected(b -> b.maxFrameBytes(1023), "maxFrameBytes");
        rejected(b -> b.bookDepth(0), "bookDepth");
        rejected(b -> b.bookDepth(5001), "bookDepth");
        rejected(b -> b.dispatchQueueCapacity(15), "dispatchQueueCapacity");
        rejected(b -> b.reconnectPolicy(null), "reconnectPolicy");
        rejected(b -> b.dispatchMode(null), "dispatchMode");
        rejected(b -> b.clock(null), "clock");
        rejected(b -> b.staleThreshold(PublicChannel.ORDER_BOOK, Duration.ZERO), "staleThreshold.ORDER_BOOK");
        assertThatThrownBy(() -> ExchangeConfig.builder(null, MarketType.SPOT).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("exchange");
        assertThatThrownBy(() -> ExchangeConfig.builder(TOY, null).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("market");
    }

    @Test
    @DisplayName("an invalid reconnect policy is refused naming the reconnect setting")
    void reconnectPolicyValidation() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, s, 0, 1, s)).hasMessageContaining("reconnect.initialBackoff");
        assertThatThrownBy(() -> new ReconnectPolicy(s, Duration.ofMillis(10), 0, 1, s)).hasMessageContaining("reconnect.maxBackoff");
        assertThatThrownBy(() -> new ReconnectPolicy(s, s, -1, 1, s)).hasMessageContaining("reconnect.maxAttempts");
        assertThatThrownBy(() -> new ReconnectPolicy(s, s, 0, 0, s)).hasMessageContaining("reconnect.breakerFailureThreshold");
        assertThatThrownBy(() -> new ReconnectPolicy(s, s, 0, 1, null)).hasMessageContaining("reconnect.breakerOpenDuration");
    }

    @Test
    @DisplayName("documented defaults, stale thresholds per channel (trades unwatched), and toBuilder round trip")
    void defaultsAndRoundTrip() {
        ExchangeConfig c = ExchangeConfig.builder(TOY, MarketType.FUTURES).build();
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.maxFrameBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(c.bookDepth()).isEqualTo(20);
        assertThat(c.dispatchMode()).isEqualTo(DispatchMode.QUEUED);
        assertThat(c.dispatchQueueCapacity()).isEqualTo(16_384);
        assertThat(c.tlsVerification()).isTrue();
        assertThat(c.heartbeatInterval()).isEmpty();
        assertThat(c.staleThreshold(PublicChannel.ORDER_BOOK)).contains(Duration.ofSeconds(60));
        assertThat(c.staleThreshold(PublicChannel.TRADES)).isEmpty();

        ExchangeConfig custom = c.toBuilder().websocketUri(URI.create("wss://127.0.0.1:9443/ws")).bookDepth(50)
                .staleThreshold(PublicChannel.ORDER_BOOK, null).staleThreshold(PublicChannel.TRADES, Duration.ofSeconds(5))
                .venueOption("interval", "10ms").insecureSkipTlsVerification().build();
        ExchangeConfig copy = custom.toBuilder().build();
        assertThat(copy.websocketUri()).contains(URI.create("wss://127.0.0.1:9443/ws"));
        assertThat(copy.bookDepth()).isEqualTo(50);
        assertThat(copy.staleThreshold(PublicChannel.ORDER_BOOK)).isEmpty();
        assertThat(copy.staleThreshold(PublicChannel.TRADES)).contains(Duration.ofSeconds(5));
        assertThat(copy.venueOption("interval")).contains("10ms");
        assertThat(copy.tlsVerification()).isFalse();
        assertThat(c.staleThreshold(PublicChannel.ORDER_BOOK)).as("the original is immutable").isPresent();
    }

    @Test
    @DisplayName("Credentials.toString redacts the key and the secret")
    void credentialsRedacted() {
        Credentials c = Credentials.of("my-api-key-123", "my-very-secret-456");
        assertThat(c.toString()).contains("REDACTED").doesNotContain("my-api-key-123").doesNotContain("my-very-secret-456");
        Credentials withAccount = c.withAccountId("acct-7");
        assertThat(withAccount.toString()).contains("acct-7").doesNotContain("my-api-key-123")
                .doesNotContain("my-very-secret-456");
        assertThat(withAccount.apiSecret()).isEqualTo("my-very-secret-456");
        assertThatThrownBy(() -> Credentials.of(" ", "secret")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey");
        assertThatThrownBy(() -> Credentials.of("key", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiSecret").message().doesNotContain("key");
    }
}
