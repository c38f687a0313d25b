package io.exwire.testkit.mexc;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault on the spot simulator. */
@Timeout(30)
class MexcSpotFaultsTest {

    private static final String DEPTH = "spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT";
    private static final String ETH_DEPTH = "spot@public.aggre.depth.v3.api.pb@100ms@ETHUSDT";
    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final String KEY = "fault-key";
    private static final String SECRET = "fault-secret";

    private MexcSimulator sim;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.SPOT, 21).start();
        sim.addAccount(KEY, SECRET, "77");
    }

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        sim.close();
    }

    private WsTestClient subscribed(String... channels) {
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        clients.add(client);
        client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + String.join("\",\"", channels) + "\"]}");
        client.text(0);
        return client;
    }

    private static List<long[]> versions(WsTestClient client, String channel) {
        return client.pushes(p -> p.string(1).equals(channel)).stream()
                .map(p -> new long[] {Long.parseLong(p.message(313).string(4)),
                        Long.parseLong(p.message(313).string(5))}).toList();
    }

    @Test
    @DisplayName("dropConnections resets TCP without a close frame")
    void drop() {
        WsTestClient client = subscribed(DEPTH);
        sim.faults().dropConnections();
        Await.until("client saw the reset", () -> client.closed().isDone());
        assertThat(client.closed()).isCompletedExceptionally();
        Await.until("server forgot the connection", () -> sim.openConnections() == 0);
    }

    @Test
    @DisplayName("closeConnections sends a close frame with the code and reason")
    void closeWithCode() {
        WsTestClient client = subscribed(DEPTH);
        sim.faults().closeConnections(4001, "maintenance");
        assertThat(Await.result(client.closed(), Duration.ofSeconds(5))).isEqualTo(4001);
        assertThat(client.closeReason()).isEqualTo("maintenance");
    }

    @Test
    @DisplayName("halfOpen: nothing flows and PING is not answered while TCP stays up; reset releases it")
    void halfOpen() {
        WsTestClient frozen = subscribed(DEPTH);
        sim.faults().halfOpen();
        int textsBefore = frozen.texts().size();
        int pushesBefore = frozen.binaries().size();
        frozen.send("{\"method\":\"PING\"}");
        WsTestClient healthy = subscribed(DEPTH);
        sim.tick(50);
        healthy.spotBarrier();
        assertThat(healthy.binaries()).isNotEmpty();
        assertThat(frozen.texts()).hasSize(textsBefore);
        assertThat(frozen.binaries()).hasSize(pushesBefore);
        assertThat(frozen.isClosed()).isFalse();
        sim.faults().reset();
        frozen.awaitText("the held PONG", t -> t.contains("PONG"));
        frozen.awaitPushes("held pushes", 1, p -> true);
    }

    @Test
    @DisplayName("silence stops one symbol's data while the connection and other symbols go on")
    void silence() {
        WsTestClient client = subscribed(DEPTH, ETH_DEPTH);
        sim.faults().silence(BTC);
        sim.tick(200);
        client.spotBarrier();
        assertThat(client.pushes(p -> p.string(1).equals(ETH_DEPTH))).isNotEmpty();
        assertThat(client.pushes(p -> p.string(1).equals(DEPTH))).isEmpty();
        sim.faults().reset();
        sim.tick(200);
        client.awaitPushes("BTC again", 1, p -> p.string(1).equals(DEPTH));
    }

    @Test
    @DisplayName("gap, duplicate and reorder act on the next depth updates' versions")
    void versionFaults() {
        WsTestClient client = subscribed(DEPTH);
        sim.tick(5);
        sim.faults().gapNextBookUpdate(BTC);
        sim.tick(5);
        sim.faults().duplicateNextBookUpdate(BTC);
        sim.tick(5);
        sim.faults().reorderNextBookUpdates(BTC);
        sim.tick(5);
        sim.tick(5);
        sim.tick(5);
        client.spotBarrier();
        List<long[]> v = versions(client, DEPTH);
        assertThat(v).hasSize(7);
        assertThat(v.get(1)[0]).as("gap").isEqualTo(v.get(0)[1] + 2);
        assertThat(v.get(2)).as("duplicate").isEqualTo(v.get(3));
        assertThat(v.get(2)[0]).isEqualTo(v.get(1)[1] + 1);
        assertThat(v.get(4)[0]).as("reordered: the later update first").isEqualTo(v.get(5)[1] + 1);
        assertThat(v.get(5)[0]).isEqualTo(v.get(3)[1] + 1);
        assertThat(v.get(6)[0]).isEqualTo(v.get(4)[1] + 1);
    }

    @Test
    @DisplayName("malformed protobuf, an unknown channel and an oversized frame reach the client")
    void badFrames() {
        WsTestClient client = subscribed(DEPTH);
        sim.faults().sendMalformedFrame();
        sim.faults().sendUnknownChannel();
        sim.faults().sendOversizedFrame(300_000);
        client.spotBarrier();
        List<byte[]> frames = client.binaries();
        assertThat(frames).hasSize(2);
        assertThatThrownBy(() -> ProtoReader.parse(frames.get(0))).isInstanceOf(IllegalArgumentException.class);
        ProtoReader unknown = ProtoReader.parse(frames.get(1));
        assertThat(unknown.string(1)).startsWith("spot@public.unknown");
        assertThat(unknown.bodyField()).isEqualTo(399);
        assertThat(client.texts().stream().filter(t -> t.length() == 300_000)).hasSize(1);
    }

    @Test
    @DisplayName("rejectNextSubscription answers the next valid subscription 'Blocked!', the one after succeeds")
    void rejectNext() {
        WsTestClient client = subscribed(ETH_DEPTH);
        sim.faults().rejectNextSubscription();
        client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEPTH + "\"],\"id\":2}");
        assertThat(client.text(1)).contains("Not Subscribed successfully! [" + DEPTH + "]").contains("Blocked!");
        client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEPTH + "\"],\"id\":3}");
        assertThat(client.text(2)).isEqualTo("{\"id\":3,\"code\":0,\"msg\":\"" + DEPTH + "\"}");
    }

    @Test
    @DisplayName("failAuthentication fails signed REST (700002) and listenKey sockets until reset")
    void authFailure() {
        try (MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            String key = rest.spot("POST", "/api/v3/userDataStream", "", KEY, SECRET).json().get("listenKey")
                    .asText();
            sim.faults().failAuthentication();
            assertThat(rest.spot("GET", "/api/v3/account", "", KEY, SECRET).json().get("code").asInt())
                    .isEqualTo(700002);
            WsTestClient refused = WsTestClient.connect(URI.create(sim.websocketUri() + "?listenKey=" + key));
            clients.add(refused);
            assertThat(refused.text(0)).isEqualTo("Invalid listen key");
            sim.faults().reset();
            assertThat(rest.spot("GET", "/api/v3/account", "", KEY, SECRET).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("expireSession expires listenKeys: private sockets get 'Invalid listen key', keep-alive fails")
    void listenKeyExpiry() {
        try (MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            String key = rest.spot("POST", "/api/v3/userDataStream", "", KEY, SECRET).json().get("listenKey")
                    .asText();
            WsTestClient client = WsTestClient.connect(URI.create(sim.websocketUri() + "?listenKey=" + key));
            clients.add(client);
            client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"spot@private.orders.v3.api.pb\"]}");
            client.text(0);
            sim.faults().expireSession();
            assertThat(client.text(1)).isEqualTo("Invalid listen key");
            Await.result(client.closed(), Duration.ofSeconds(5));
            assertThat(rest.spot("PUT", "/api/v3/userDataStream", "listenKey=" + key, KEY, SECRET).json()
                    .get("code").asInt()).isEqualTo(730708);
        }
    }

    @Test
    @DisplayName("slowSend delays every outbound frame; reset restores")
    void slowSend() {
        WsTestClient client = subscribed(DEPTH);
        sim.faults().slowSend(Duration.ofMillis(300));
        long start = System.nanoTime();
        client.spotBarrier();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        sim.faults().reset();
        sim.faults().upgradeNotice();
        client.spotBarrier();
        assertThat(client.isClosed()).isFalse();
    }
}
