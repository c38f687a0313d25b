package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.exwire.testkit.mexc.MexcFuturesWebSocketTest.channel;
import static io.exwire.testkit.mexc.MexcFuturesWebSocketTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on the futures simulator, rendered as JSON. */
@Timeout(30)
class MexcFuturesFaultsTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final String KEY = "fut-key";
    private static final String SECRET = "fut-secret";

    private MexcSimulator sim;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.FUTURES, 33).start();
        sim.addAccount(KEY, SECRET, "9");
    }

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        sim.close();
    }

    private WsTestClient depthClient() {
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        clients.add(client);
        client.send("{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.text(0);
        return client;
    }

    @Test
    @DisplayName("gap, duplicate and reorder act on push.depth begin/end")
    void versionFaults() {
        WsTestClient client = depthClient();
        sim.tick(4);
        sim.faults().gapNextBookUpdate(BTC);
        sim.tick(4);
        sim.faults().duplicateNextBookUpdate(BTC);
        sim.tick(4);
        sim.faults().reorderNextBookUpdates(BTC);
        sim.tick(4);
        sim.tick(4);
        client.futuresBarrier();
        List<JsonNode> d = channel(client, "push.depth").stream().map(n -> n.get("data")).toList();
        assertThat(d).hasSize(6);
        assertThat(d.get(1).get("begin").asLong()).isEqualTo(d.get(0).get("end").asLong() + 2);
        assertThat(d.get(2)).isEqualTo(d.get(3));
        assertThat(d.get(4).get("begin").asLong()).isEqualTo(d.get(5).get("end").asLong() + 1);
    }

    @Test
    @DisplayName("malformed JSON, an unknown channel and an oversized frame reach the client")
    void badFrames() {
        WsTestClient client = depthClient();
        sim.faults().sendMalformedFrame();
        sim.faults().sendUnknownChannel();
        sim.faults().sendOversizedFrame(100_000);
        client.futuresBarrier();
        List<String> texts = client.texts();
        assertThatThrownBy(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(texts.get(1)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(json(texts.get(2)).get("channel").asText()).isEqualTo("push.unknown.channel");
        assertThat(texts.get(3)).hasSize(100_000);
    }

    @Test
    @DisplayName("rejectNextSubscription answers rs.error; failAuthentication refuses login until reset")
    void refusals() {
        WsTestClient client = depthClient();
        sim.faults().rejectNextSubscription();
        client.send("{\"method\":\"sub.deal\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        assertThat(json(client.text(1)).get("channel").asText()).isEqualTo("rs.error");
        sim.faults().failAuthentication();
        String time = Long.toString(System.currentTimeMillis());
        String login = "{\"method\":\"login\",\"param\":{\"apiKey\":\"" + KEY + "\",\"reqTime\":\"" + time
                + "\",\"signature\":\"" + MexcSignatures.futures(SECRET, KEY, time, "") + "\"}}";
        client.send(login);
        assertThat(json(client.text(2)).get("channel").asText()).isEqualTo("rs.error");
        sim.faults().reset();
        client.send(login);
        assertThat(json(client.text(3)).get("channel").asText()).isEqualTo("rs.login");
    }

    @Test
    @DisplayName("drop and half-open act below the WebSocket layer; expireSession leaves futures logins alone")
    void transportFaults() {
        WsTestClient frozen = depthClient();
        sim.faults().expireSession();
        sim.faults().halfOpen();
        frozen.send("{\"method\":\"ping\"}");
        WsTestClient other = depthClient();
        other.futuresBarrier();
        assertThat(frozen.texts()).hasSize(1);
        sim.faults().dropConnections();
        Await.until("both dropped", () -> frozen.closed().isDone() && other.closed().isDone());
        assertThat(other.closed()).isCompletedExceptionally();
        Await.until("server forgot them", Duration.ofSeconds(5), () -> sim.openConnections() == 0);
    }
}
