package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exwire.api.marketdata.OrderBookSnapshot;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The futures WebSocket's requests, acks, errors, public pushes and version rules. */
@Timeout(30)
class MexcFuturesWebSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private MexcSimulator sim;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.FUTURES, 5).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        sim.close();
    }

    private WsTestClient connect() {
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        clients.add(client);
        return client;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    static List<JsonNode> channel(WsTestClient client, String channel) {
        return client.texts().stream().map(MexcFuturesWebSocketTest::json)
                .filter(n -> channel.equals(n.path("channel").asText())).toList();
    }

    @Test
    @DisplayName("sub.* is acked {\"channel\":\"rs.sub.<topic>\",\"data\":\"success\",\"ts\":<ms>}, unsub likewise")
    void subscriptionAcks() {
        WsTestClient client = connect();
        client.send("{\"method\":\"sub.deal\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        JsonNode ack = json(client.text(0));
        assertThat(ack.get("channel").asText()).isEqualTo("rs.sub.deal");
        assertThat(ack.get("data").asText()).isEqualTo("success");
        assertThat(ack.get("ts").isNumber()).isTrue();
        assertThat(ack.size()).isEqualTo(3);
        client.send("{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.send("{\"method\":\"sub.ticker\",\"param\":{\"symbol\":\"ETH_USDT\"}}");
        assertThat(json(client.text(2)).get("channel").asText()).isEqualTo("rs.sub.ticker");
        assertThat(sim.activeSubscriptions()).isEqualTo(3);
        client.send("{\"method\":\"unsub.deal\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        assertThat(json(client.text(3)).get("channel").asText()).isEqualTo("rs.unsub.deal");
        assertThat(sim.activeSubscriptions()).isEqualTo(2);
    }

    @Test
    @DisplayName("an unknown contract is refused with rs.error; an unknown method gets no reply")
    void errors() {
        WsTestClient client = connect();
        client.send("{\"method\":\"sub.deal\",\"param\":{\"symbol\":\"BTCUSDT\"}}");
        JsonNode error = json(client.text(0));
        assertThat(error.get("channel").asText()).isEqualTo("rs.error");
        assertThat(error.get("data").asText()).isEqualTo("Contract [BTCUSDT] not exists");
        client.send("{\"method\":\"sub.nope\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.send("not json");
        client.futuresBarrier();
        assertThat(client.texts()).hasSize(2);
        assertThat(sim.activeSubscriptions()).isZero();
    }

    @Test
    @DisplayName("ping is answered {\"channel\":\"pong\",\"data\":<server ms>}")
    void pingPong() {
        WsTestClient client = connect();
        long before = System.currentTimeMillis();
        client.send("{\"method\":\"ping\"}");
        JsonNode pong = json(client.text(0));
        assertThat(pong.get("channel").asText()).isEqualTo("pong");
        assertThat(pong.get("data").asLong()).isGreaterThanOrEqualTo(before);
    }

    @Test
    @DisplayName("push.deal carries an array of {p,v,T,O,M,t,i}; push.ticker the contract's ticker")
    void dealAndTickerPushes() {
        WsTestClient client = connect();
        client.send("{\"method\":\"sub.deal\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.send("{\"method\":\"sub.ticker\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.text(1); // both subscriptions acked before the market moves
        sim.tick(300);
        client.futuresBarrier();
        JsonNode deal = channel(client, "push.deal").getFirst();
        assertThat(deal.get("symbol").asText()).isEqualTo("BTC_USDT");
        JsonNode print = deal.get("data").get(0);
        assertThat(print.get("p").isNumber()).isTrue();
        assertThat(print.get("v").decimalValue()).isPositive();
        assertThat(print.get("T").asInt()).isIn(1, 2);
        assertThat(print.has("O") && print.has("M") && print.has("t") && print.has("i")).isTrue();
        JsonNode ticker = channel(client, "push.ticker").getFirst().get("data");
        assertThat(ticker.get("symbol").asText()).isEqualTo("BTC_USDT");
        assertThat(ticker.get("bid1").decimalValue()).isLessThan(ticker.get("ask1").decimalValue());
        assertThat(ticker.has("lastPrice") && ticker.has("fairPrice") && ticker.has("volume24")).isTrue();
    }

    @Test
    @DisplayName("merged push.depth chains begin == previous end + 1 from the REST version and rebuilds the book")
    void mergedDepthMatchesRest() {
        WsTestClient client = connect();
        client.send("{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.text(0);
        try (MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            JsonNode snapshot = rest.get("/api/v1/contract/depth/BTC_USDT").json().get("data");
            LocalBook book = new LocalBook();
            snapshot.get("bids").forEach(l -> book.bid(l.get(0).asText(), l.get(1).asText()));
            snapshot.get("asks").forEach(l -> book.ask(l.get(0).asText(), l.get(1).asText()));
            long version = snapshot.get("version").asLong();
            sim.tick(300);
            client.futuresBarrier();
            for (JsonNode push : channel(client, "push.depth")) {
                JsonNode data = push.get("data");
                assertThat(data.get("begin").asLong()).isEqualTo(version + 1);
                assertThat(data.get("version").asLong()).isEqualTo(data.get("end").asLong());
                data.get("bids").forEach(l -> book.bid(l.get(0).asText(), l.get(1).asText()));
                data.get("asks").forEach(l -> book.ask(l.get(0).asText(), l.get(1).asText()));
                version = data.get("end").asLong();
            }
            OrderBookSnapshot truth = sim.book(BTC, 20);
            assertThat(version).isEqualTo(truth.sequence());
            assertThat(book.top(true, 20)).isEqualTo(LocalBook.top(truth, true));
            assertThat(book.top(false, 20)).isEqualTo(LocalBook.top(truth, false));
        }
    }

    @Test
    @DisplayName("with compress:false every version is its own push.depth, each version = previous + 1")
    void perVersionDepth() {
        WsTestClient client = connect();
        client.send("{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\",\"compress\":false}}");
        client.text(0);
        long start = sim.book(BTC, 1).sequence();
        sim.tick(100);
        client.futuresBarrier();
        long version = start;
        for (JsonNode push : channel(client, "push.depth")) {
            JsonNode data = push.get("data");
            assertThat(data.has("begin")).isFalse();
            assertThat(data.get("version").asLong()).isEqualTo(version + 1);
            assertThat(data.get("asks").size() + data.get("bids").size()).isLessThanOrEqualTo(1);
            version++;
        }
        assertThat(version).isEqualTo(sim.book(BTC, 1).sequence());
    }

    @Test
    @DisplayName("without a client ping the server sends rs.error and closes after the ping timeout")
    void pingTimeout() {
        sim.close();
        sim = new MexcSimulator(MarketType.FUTURES, 5,
                MexcSimulatorConfig.defaults().withPingTimeout(Duration.ofMillis(400))).start();
        WsTestClient silent = connect();
        assertThat(Await.result(silent.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
        assertThat(json(silent.text(0)).get("data").asText())
                .isEqualTo("more than 60 seconds no response, close the channel");
    }
}
