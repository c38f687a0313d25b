package io.exwire.gateio.trading;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Shared setup of the signed-REST tests: a fixed local clock, a server clock 5 s ahead, signature checks. */
final class PrivateRestTestSupport {

    static final String KEY = "my-key";
    static final String SECRET = "test-secret";
    static final long LOCAL_MILLIS = 1_700_000_000_000L;
    static final long SERVER_MILLIS = LOCAL_MILLIS + 5_000L;

    private PrivateRestTestSupport() {
    }

    static GateioPrivateRestClient client(WireMockServer server, MarketType market) {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/time"))
                .willReturn(okJson("{\"server_time\":" + SERVER_MILLIS + "}")));
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("gateio"), market)
                .restUri(URI.create("http://127.0.0.1:" + server.port()))
                .requestTimeout(Duration.ofSeconds(5))
                .clock(InstantSource.fixed(Instant.ofEpochMilli(LOCAL_MILLIS)))
                .build();
        return new GateioPrivateRestClient(config, Credentials.of(KEY, SECRET));
    }

    /**
     * Recomputes the signature of every signed request the server saw, independently of the code under test.
     *
     * @param server the server
     * @return the signed requests
     */
    static List<LoggedRequest> assertAllSigned(WireMockServer server) {
        List<LoggedRequest> signed = server.findAll(anyRequestedFor(urlPathMatching("/api/v4/.*")))
                .stream().filter(r -> !r.getUrl().startsWith("/api/v4/spot/time")).toList();
        assertThat(signed).isNotEmpty();
        for (LoggedRequest r : signed) {
            String url = r.getUrl();
            int q = url.indexOf('?');
            String path = q < 0 ? url : url.substring(0, q);
            String query = q < 0 ? "" : url.substring(q + 1);
            String timestamp = r.getHeader("Timestamp");
            assertThat(r.getHeader("KEY")).isEqualTo(KEY);
            assertThat(timestamp).isEqualTo(Long.toString(SERVER_MILLIS / 1000));
            assertThat(r.getHeader("SIGN")).as("signature of %s %s", r.getMethod(), url)
                    .isEqualTo(sign(r.getMethod().getName(), path, query, r.getBodyAsString(), timestamp));
        }
        return signed;
    }

    static String sign(String method, String path, String query, String body, String timestamp) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            String payload = method + "\n" + path + "\n" + query + "\n" + bodyHash + "\n" + timestamp;
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
