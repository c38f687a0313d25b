package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spot WebSocket's requests, acks, limits and binary protobuf pushes. */
@Timeout(30)
class MexcSpotWebSocketTest {

    private static final String DEALS = "spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT";
    private static final String DEPTH = "spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT";
    private static final String BOOK_TICKER = "spot@public.aggre.bookTicker.v3.api.pb@10ms@BTCUSDT";
    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private MexcSimulator sim;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.SPOT, 7).start();
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

    private static String subscribe(long id, String... params) {
        return "{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + String.join("\",\"", params) + "\"],\"id\":" + id + "}";
    }

    @Test
    @DisplayName("a subscription is acked with code 0 and its params echoed in msg, id echoed")
    void ackEchoesParams() {
        WsTestClient client = connect();
        client.send(subscribe(3, DEALS));
        assertThat(client.text(0)).isEqualTo("{\"id\":3,\"code\":0,\"msg\":\"" + DEALS + "\"}");
        client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEPTH + "\",\"" + BOOK_TICKER + "\"]}");
        assertThat(client.text(1)).isEqualTo("{\"id\":0,\"code\":0,\"msg\":\"" + DEPTH + "," + BOOK_TICKER + "\"}");
        client.send("{\"method\":\"UNSUBSCRIPTION\",\"params\":[\"" + DEALS + "\"],\"id\":9}");
        assertThat(client.text(2)).isEqualTo("{\"id\":9,\"code\":0,\"msg\":\"" + DEALS + "\"}");
        assertThat(sim.activeSubscriptions()).isEqualTo(2);
    }

    @Test
    @DisplayName("refused channels get a code-0 'Blocked!' ack: legacy JSON, non-aggre, no time zone, unknown symbol")
    void blockedAck() {
        WsTestClient client = connect();
        List<String> refused = List.of("spot@public.deals.v3.api@BTCUSDT", "spot@public.deals.v3.api.pb@BTCUSDT",
                "spot@public.miniTicker.v3.api.pb@BTCUSDT", "spot@public.aggre.deals.v3.api.pb@100ms@NOPEUSDT",
                "spot@public.aggre.deals.v3.api.pb@1s@BTCUSDT", "spot@private.orders.v3.api.pb");
        for (int i = 0; i < refused.size(); i++) {
            client.send(subscribe(i + 1, refused.get(i)));
            assertThat(client.text(i)).isEqualTo("{\"id\":" + (i + 1) + ",\"code\":0,\"msg\":\"Not Subscribed "
                    + "successfully! [" + refused.get(i) + "].  Reason\uFF1A Blocked! \"}");
        }
        assertThat(sim.activeSubscriptions()).isZero();
    }

    @Test
    @DisplayName("a request mixing valid and refused channels gets the mixed ack")
    void mixedAck() {
        WsTestClient client = connect();
        client.send(subscribe(1, DEALS, "spot@public.bad@BTCUSDT", DEPTH));
        assertThat(client.text(0)).isEqualTo("{\"id\":1,\"code\":0,\"msg\":\"Subscribed successful! [" + DEALS + ","
                + DEPTH + "]. Not Subscribed successfully! [spot@public.bad@BTCUSDT]. Reason\uFF1A Blocked! \"}");
        assertThat(sim.activeSubscriptions()).isEqualTo(2);
    }

    @Test
    @DisplayName("PING (any case) is answered {\"id\":0,\"code\":0,\"msg\":\"PONG\"}")
    void pingPong() {
        WsTestClient client = connect();
        client.send("{\"method\":\"PING\"}");
        assertThat(client.text(0)).isEqualTo("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}");
        client.send("{\"method\":\"ping\"}");
        assertThat(client.text(1)).isEqualTo("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}");
    }

    @Test
    @DisplayName("only 30 channels per connection receive data; further ones are acked but dead")
    void thirtySubscriptionLimit() {
        WsTestClient client = connect();
        List<String> channels = new ArrayList<>();
        for (String zone : new String[] {"24H", "UTC+0", "UTC+1", "UTC+2", "UTC+3", "UTC+4", "UTC+5", "UTC+6",
                "UTC+7", "UTC+8", "UTC+9"}) {
            for (String symbol : new String[] {"BTCUSDT", "ETHUSDT", "SOLUSDT"}) {
                channels.add("spot@public.miniTicker.v3.api.pb@" + symbol + "@" + zone);
            }
        }
        client.send(subscribe(1, channels.toArray(String[]::new)));
        assertThat(client.text(0)).isEqualTo("{\"id\":1,\"code\":0,\"msg\":\"" + String.join(",", channels) + "\"}");
        assertThat(channels).hasSize(33);
        assertThat(sim.activeSubscriptions()).isEqualTo(30);
        sim.tick(600);
        client.spotBarrier();
        List<String> pushed = client.pushes(p -> true).stream().map(p -> p.string(1)).distinct().toList();
        assertThat(pushed).hasSizeBetween(1, 30).allMatch(channels.subList(0, 30)::contains);
    }

    @Test
    @DisplayName("pushes are binary PushDataV3ApiWrapper frames decodable per the field tables")
    void binaryPushes() {
        WsTestClient client = connect();
        client.send(subscribe(1, DEALS, DEPTH, BOOK_TICKER, "spot@public.miniTicker.v3.api.pb@BTCUSDT@UTC+8",
                "spot@public.limit.depth.v3.api.pb@BTCUSDT@5"));
        client.text(0);
        sim.tick(400);
        client.spotBarrier();
        ProtoReader deal = client.awaitPushes("deals", 1, p -> p.string(1).equals(DEALS)).getFirst();
        assertThat(deal.string(3)).isEqualTo("BTCUSDT");
        assertThat(deal.varint(6)).isPositive();
        assertThat(deal.bodyField()).isEqualTo(314);
        ProtoReader item = deal.message(314).all(1).getFirst().message();
        assertThat(new java.math.BigDecimal(item.string(1))).isPositive();
        assertThat(new java.math.BigDecimal(item.string(2))).isPositive();
        assertThat(item.varint(3)).isIn(1L, 2L);
        assertThat(deal.message(314).string(2)).isEqualTo("spot@public.aggre.deals.v3.api.pb@100ms");
        ProtoReader depth = client.awaitPushes("depth", 1, p -> p.string(1).equals(DEPTH)).getFirst();
        assertThat(depth.bodyField()).isEqualTo(313);
        assertThat(Long.parseLong(depth.message(313).string(5)))
                .isGreaterThanOrEqualTo(Long.parseLong(depth.message(313).string(4)));
        ProtoReader ticker = client.awaitPushes("bookTicker", 1, p -> p.string(1).equals(BOOK_TICKER)).getFirst()
                .message(315);
        assertThat(new java.math.BigDecimal(ticker.string(1))).isLessThan(new java.math.BigDecimal(ticker.string(3)));
        ProtoReader mini = client.awaitPushes("miniTicker", 1, p -> p.bodyField() == 309).getFirst().message(309);
        assertThat(mini.string(1)).isEqualTo("BTCUSDT");
        ProtoReader limit = client.awaitPushes("limit depth", 1, p -> p.bodyField() == 303).getFirst().message(303);
        assertThat(limit.all(1)).hasSize(5);
        assertThat(limit.all(2)).hasSize(5);
    }

    @Test
    @DisplayName("depth versions chain (from == previous to + 1) and a REST snapshot plus pushes equals the book")
    void depthVersionsMatchRest() {
        WsTestClient client = connect();
        client.send(subscribe(1, DEPTH));
        client.text(0);
        try (MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            sim.tick(50);
            JsonNode snapshot = rest.get("/api/v3/depth?symbol=BTCUSDT&limit=5000").json();
            long lastUpdateId = snapshot.get("lastUpdateId").asLong();
            sim.tick(300);
            client.spotBarrier();
            LocalBook book = new LocalBook();
            snapshot.get("bids").forEach(l -> book.bid(l.get(0).asText(), l.get(1).asText()));
            snapshot.get("asks").forEach(l -> book.ask(l.get(0).asText(), l.get(1).asText()));
            long version = lastUpdateId;
            for (ProtoReader push : client.pushes(p -> p.string(1).equals(DEPTH))) {
                ProtoReader body = push.message(313);
                long from = Long.parseLong(body.string(4));
                long to = Long.parseLong(body.string(5));
                if (to <= lastUpdateId) {
                    continue;
                }
                assertThat(from).isEqualTo(version + 1);
                body.all(2).forEach(l -> book.bid(l.message().string(1), l.message().string(2)));
                body.all(1).forEach(l -> book.ask(l.message().string(1), l.message().string(2)));
                version = to;
            }
            OrderBookSnapshot truth = sim.book(BTC, 20);
            assertThat(version).isEqualTo(truth.sequence());
            assertThat(book.top(true, 20)).isEqualTo(LocalBook.top(truth, true));
            assertThat(book.top(false, 20)).isEqualTo(LocalBook.top(truth, false));
            assertThat(rest.get("/api/v3/depth?symbol=BTCUSDT").json().get("lastUpdateId").asLong())
                    .isEqualTo(version);
        }
    }
}
