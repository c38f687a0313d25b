package io.exwire.core.transport;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.model.MarketType;
import io.exwire.core.testing.ExwireThreads;
import io.exwire.core.testing.RecordingFrameListener;
import io.exwire.core.testing.ToyPublicVenue;
import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * TLS through the Helidon transport against a real {@code wss://} server on 127.0.0.1 with a self-signed
 * certificate (made by the JDK's keytool for this test): verification is on by default and refuses the certificate;
 * only an explicit {@code insecureSkipTlsVerification()} connects. Plain {@code ws://} connections build no TLS context.
 */
@Timeout(60)
class HelidonWsTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static WebServer server;

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path store = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        Keys keys = Keys.builder()
                .keystore(k -> k.keystore(Resource.create(store)).type("PKCS12").passphrase(PASSWORD)
                        .keyAlias("server").keyPassphrase(PASSWORD).certChainAlias("server"))
                .build();
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .tls(t -> t.privateKey(keys.privateKey().orElseThrow()).privateKeyCertChain(keys.certChain()))
                .addRouting(WsRouting.builder().endpoint("/ws", Echo::new))
                .build()
                .start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
        ExwireThreads.awaitNoneAlive();
    }

    /** Echoes each text message. */
    private static final class Echo implements WsListener {
        @Override
        public void onMessage(WsSession session, String text, boolean last) {
            session.send("echo " + text, true);
        }
    }

    private static URI wss() {
        return URI.create("wss://127.0.0.1:" + server.port() + "/ws");
    }

    private static WsTransport transport(boolean verify) {
        ExchangeConfig.Builder builder = ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.SPOT)
                .connectTimeout(Duration.ofSeconds(5));
        ExchangeConfig config = verify ? builder.build() : builder.insecureSkipTlsVerification().build();
        return new HelidonWsTransport(config, new EpochNanoClock(InstantSource.system()));
    }

    @Test
    @DisplayName("by default a self-signed certificate is refused: the connect fails, nothing is exchanged")
    void verificationIsOnByDefault() {
        RecordingFrameListener listener = new RecordingFrameListener();
        assertThatThrownBy(() -> transport(true).connect(wss(), Map.of(), listener))
                .isInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("could not open websocket to wss://127.0.0.1:");
        assertThat(listener.texts()).isEmpty();
    }

    @Test
    @DisplayName("with verification turned off explicitly the same server is reached over TLS")
    void verificationOffConnects() {
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(false).connect(wss(), Map.of(), listener);
        try {
            c.send("hello");
            await().atMost(Duration.ofSeconds(10)).until(() -> listener.texts().equals(List.of("echo hello")));
        } finally {
            c.abort();
        }
    }
}
