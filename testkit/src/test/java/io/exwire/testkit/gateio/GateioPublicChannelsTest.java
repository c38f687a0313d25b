package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class GateioPublicChannelsTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private GateioSimulator sim;
    private GateioWsClient client;

    @BeforeEach
    void start() {
        sim = new GateioSimulator(MarketType.SPOT, 11).start();
        client = new GateioWsClient(sim.websocketUri());
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void subscribeAckHasTheDocumentedShape() {
        long before = System.currentTimeMillis();
        long id = client.subscribe("spot.trades", "BTC_USDT");
        JsonNode ack = client.reply(id);
        assertThat(sim.websocketUri().getPath()).isEqualTo("/ws/v4/");
        assertThat(ack.path("channel").asText()).isEqualTo("spot.trades");
        assertThat(ack.path("event").asText()).isEqualTo("subscribe");
        assertThat(ack.get("error").isNull()).isTrue();
        assertThat(ack.path("result").path("status").asText()).isEqualTo("success");
        assertThat(ack.path("payload").get(0).asText()).isEqualTo("BTC_USDT");
        assertThat(ack.path("conn_id").asText()).isNotEmpty();
        assertThat(ack.path("time_ms").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(ack.path("time").asLong()).isEqualTo(ack.path("time_ms").asLong() / 1000);
        Await.until("subscription registered", () -> sim.activeSubscriptions() == 1);
    }

    @Test
    void errorsUseTheDocumentedCodesAndMessages() {
        JsonNode unknownPair = client.reply(client.subscribe("spot.trades", "BTC_USDT", "NOPE_USDT"));
        assertThat(unknownPair.path("error").path("code").asInt()).isEqualTo(2);
        assertThat(unknownPair.path("error").path("message").asText()).isEqualTo("unknown currency pair NOPE_USDT");
        assertThat(unknownPair.path("result").path("status").asText()).isEqualTo("fail");
        assertThat(sim.activeSubscriptions()).isZero();

        JsonNode unknownChannel = client.reply(client.subscribe("spot.nothing", "BTC_USDT"));
        assertThat(unknownChannel.path("error").path("code").asInt()).isEqualTo(2);

        JsonNode badInterval = client.reply(client.subscribe("spot.order_book_update", "BTC_USDT", "1000ms"));
        assertThat(badInterval.path("error").path("code").asInt()).isEqualTo(2);

        client.send("{not json");
        JsonNode bad = client.next(n -> n.path("error").path("code").asInt() == 1);
        assertThat(bad.path("result").path("status").asText()).isEqualTo("fail");
    }

    @Test
    void applicationAndProtocolPingsAreAnswered() {
        long id = client.nextId();
        client.send("{\"time\":" + GateioTestSupport.nowSeconds() + ",\"id\":" + id + ",\"channel\":\"spot.ping\"}");
        JsonNode pong = client.next(n -> "spot.pong".equals(n.path("channel").asText()));
        assertThat(pong.path("event").asText()).isEmpty();
        assertThat(pong.get("result").isNull()).isTrue();
        assertThat(pong.path("id").asLong()).isEqualTo(id);

        client.sendPing();
        Await.until("protocol pong from the server", () -> client.pongs.get() == 1);
        sim.pingClients();
        Await.until("protocol pong from the client", () -> sim.pongsReceived() == 1);
    }

    @Test
    void pushesCarrySecondsAndMillisAndDocumentedFields() {
        client.reply(client.subscribe("spot.trades", "BTC_USDT"));
        client.reply(client.subscribe("spot.book_ticker", "BTC_USDT"));
        client.reply(client.subscribe("spot.tickers", "BTC_USDT"));
        sim.trade(BTC, io.exwire.api.model.Side.BUY, Decimal.parse("0.001"));
        JsonNode trade = client.push("spot.trades");
        assertThat(trade.path("time").asLong()).isEqualTo(trade.path("time_ms").asLong() / 1000);
        JsonNode t = trade.path("result");
        assertThat(t.path("create_time_ms").isTextual()).isTrue();
        assertThat(t.path("create_time_ms").asText()).contains(".");
        assertThat(t.path("side").asText()).isEqualTo("buy");
        assertThat(t.path("amount").asText()).isEqualTo("0.001");
        assertThat(t.path("id_market").isIntegralNumber()).isTrue();
        JsonNode bt = client.push("spot.book_ticker").path("result");
        assertThat(bt.path("s").asText()).isEqualTo("BTC_USDT");
        assertThat(bt.path("u").asLong()).isEqualTo(sim.book(BTC, 1).sequence());
        assertThat(bt.path("b").isTextual()).isTrue();
        JsonNode tk = client.push("spot.tickers").path("result");
        assertThat(tk.path("currency_pair").asText()).isEqualTo("BTC_USDT");
        assertThat(tk.path("last").asText()).isEqualTo(t.path("price").asText());
    }

    @Test
    void restSnapshotIdAgreesWithTheDeltasAroundIt() {
        client.reply(client.subscribe("spot.order_book_update", "BTC_USDT", "100ms"));
        sim.tick(40);
        GateioTestSupport.Response rest = GateioTestSupport.get(sim.restUri(),
                "/api/v4/spot/order_book?currency_pair=BTC_USDT&limit=100&with_id=true");
        assertThat(rest.status()).isEqualTo(200);
        long baseId = rest.body().path("id").asLong();
        sim.tick(300);
        long last = sim.book(BTC, 1).sequence();
        Await.until("all deltas", () -> client.all().stream().anyMatch(n -> n.path("result").path("u").asLong() == last));
        TreeMap<Decimal, Decimal> bids = new TreeMap<>(Comparator.reverseOrder());
        TreeMap<Decimal, Decimal> asks = new TreeMap<>();
        rest.body().path("bids").forEach(l -> bids.put(Decimal.parse(l.get(0).asText()), Decimal.parse(l.get(1).asText())));
        rest.body().path("asks").forEach(l -> asks.put(Decimal.parse(l.get(0).asText()), Decimal.parse(l.get(1).asText())));
        long local = baseId;
        boolean started = false;
        for (JsonNode n : client.all()) {
            JsonNode r = n.path("result");
            if (!"spot.order_book_update".equals(n.path("channel").asText()) || r.path("u").asLong() <= local) {
                continue;
            }
            assertThat(r.path("l").asText()).isEqualTo("100");
            assertThat(r.path("U").asLong()).as("no gap and U <= id+1 <= u at the start").isEqualTo(local + 1);
            started = true;
            apply(bids, r.path("b"));
            apply(asks, r.path("a"));
            local = r.path("u").asLong();
        }
        assertThat(started).isTrue();
        OrderBookSnapshot expected = sim.book(BTC, 1000);
        assertThat(local).isEqualTo(expected.sequence());
        assertThat(levels(bids)).isEqualTo(expected.bids());
        assertThat(levels(asks)).isEqualTo(expected.asks());
    }

    @Test
    void obuStartsWithAFullSnapshotAndRefusesADuplicateStream() {
        JsonNode ack = client.reply(client.subscribe("spot.obu", "ob.BTC_USDT.50"));
        assertThat(ack.get("error").isNull()).isTrue();
        JsonNode full = client.push("spot.obu").path("result");
        assertThat(full.path("full").asBoolean()).isTrue();
        assertThat(full.path("s").asText()).isEqualTo("ob.BTC_USDT.50");
        assertThat(full.has("U")).isFalse();
        sim.tick(20);
        JsonNode delta = client.push("spot.obu").path("result");
        assertThat(delta.has("full")).isFalse();
        assertThat(delta.path("U").asLong()).isEqualTo(full.path("u").asLong() + 1);
        JsonNode dup = client.reply(client.subscribe("spot.obu", "ob.BTC_USDT.50"));
        assertThat(dup.path("error").path("message").asText()).isEqualTo("Alert sub ob.BTC_USDT.50");
    }

    @Test
    void fullBookPushReplacesTheBook() {
        client.reply(client.subscribe("spot.order_book_update", "BTC_USDT", "20ms"));
        sim.pushFullBook(BTC);
        JsonNode full = client.push("spot.order_book_update").path("result");
        assertThat(full.path("full").asBoolean()).isTrue();
        assertThat(full.path("l").asText()).isEqualTo("20");
        assertThat(full.path("b")).hasSize(20);
        assertThat(full.path("u").asLong()).isEqualTo(sim.book(BTC, 1).sequence());
    }

    private static void apply(Map<Decimal, Decimal> side, JsonNode levels) {
        for (JsonNode l : levels) {
            Decimal size = Decimal.parse(l.get(1).asText());
            if (size.isZero()) {
                side.remove(Decimal.parse(l.get(0).asText()));
            } else {
                side.put(Decimal.parse(l.get(0).asText()), size);
            }
        }
    }

    private static List<PriceLevel> levels(Map<Decimal, Decimal> side) {
        List<PriceLevel> out = new ArrayList<>();
        side.forEach((p, s) -> out.add(new PriceLevel(p, s)));
        return out;
    }
}
