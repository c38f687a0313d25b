package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import io.exwire.testkit.SimulatedAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spot signed REST, the listenKey lifecycle and the private protobuf channels. */
@Timeout(30)
class MexcSpotPrivateTest {

    private static final String KEY = "mx0vgl-test-key";
    private static final String SECRET = "45d0b3c26f2644f19bfb98b07741b2f5";
    private static final String PRIVATE = "[\"spot@private.orders.v3.api.pb\",\"spot@private.deals.v3.api.pb\","
            + "\"spot@private.account.v3.api.pb\"]";
    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private MexcSimulator sim;
    private MexcRestClient rest;
    private SimulatedAccount account;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.SPOT, 3).start();
        account = sim.addAccount(KEY, SECRET, "1001");
        rest = new MexcRestClient(sim.restUri());
    }

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        rest.close();
        sim.close();
    }

    private String createListenKey() {
        MexcRestClient.Reply reply = rest.spot("POST", "/api/v3/userDataStream", "", KEY, SECRET);
        assertThat(reply.status()).isEqualTo(200);
        String key = reply.json().get("listenKey").asText();
        assertThat(key).hasSize(64).matches("[0-9a-f]+");
        return key;
    }

    private WsTestClient privateSocket(String listenKey) {
        WsTestClient client = WsTestClient.connect(URI.create(sim.websocketUri() + "?listenKey=" + listenKey));
        clients.add(client);
        return client;
    }

    @Test
    @DisplayName("listenKey: create, list, keep alive, delete; a deleted key no longer keeps alive")
    void listenKeyLifecycle() {
        String key = createListenKey();
        assertThat(rest.spot("GET", "/api/v3/userDataStream", "", KEY, SECRET).json().get("listenKey").get(0)
                .asText()).isEqualTo(key);
        assertThat(rest.spot("PUT", "/api/v3/userDataStream", "listenKey=" + key, KEY, SECRET).json()
                .get("listenKey").asText()).isEqualTo(key);
        assertThat(rest.spot("DELETE", "/api/v3/userDataStream", "listenKey=" + key, KEY, SECRET).json()
                .get("listenKey").asText()).isEqualTo(key);
        MexcRestClient.Reply again = rest.spot("PUT", "/api/v3/userDataStream", "listenKey=" + key, KEY, SECRET);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asInt()).isEqualTo(730708);
    }

    @Test
    @DisplayName("a bad listenKey gets the plain-text frame 'Invalid listen key' and a close")
    void invalidListenKey() {
        WsTestClient client = privateSocket("0".repeat(64));
        assertThat(client.text(0)).isEqualTo("Invalid listen key");
        assertThat(Await.result(client.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
    }

    @Test
    @DisplayName("wrong signature, stale timestamp, large recvWindow and unknown or missing key get MEXC's codes")
    void signatureErrors() {
        MexcRestClient.Reply wrong = rest.spot("GET", "/api/v3/account", "", KEY, "not-the-secret");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().toString())
                .isEqualTo("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}");
        String stale = "timestamp=" + (System.currentTimeMillis() - 10_000);
        MexcRestClient.Reply noKey = rest.get("/api/v3/account?" + stale);
        assertThat(noKey.json().get("code").asInt()).isEqualTo(400);
        assertThat(rest.spot("GET", "/api/v3/account", "recvWindow=70000", KEY, SECRET).json().get("code").asInt())
                .isEqualTo(700005);
        assertThat(rest.spot("GET", "/api/v3/account", "recvWindow=1&timestamp=1644489390087", KEY, SECRET)
                .json().get("code").asInt()).isEqualTo(700003);
        assertThat(rest.spot("GET", "/api/v3/account", "", "unknown", SECRET).json().get("code").asInt())
                .isEqualTo(10072);
        assertThat(rest.spot("GET", "/api/v3/account", "", KEY, SECRET).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an order placed over REST is pushed on the private channels, then fills and shows in REST")
    void orderLifecycle() {
        WsTestClient ws = privateSocket(createListenKey());
        ws.send("{\"method\":\"SUBSCRIPTION\",\"params\":" + PRIVATE + ",\"id\":1}");
        assertThat(ws.text(0)).startsWith("{\"id\":1,\"code\":0,\"msg\":\"spot@private.orders.v3.api.pb,");
        BigDecimal bid = sim.book(BTC, 1).bids().getFirst().price().toBigDecimal();
        String price = bid.subtract(new BigDecimal("100")).toPlainString();
        JsonNode placed = rest.spot("POST", "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price="
                + price + "&newClientOrderId=c-1", KEY, SECRET).json();
        String orderId = placed.get("orderId").asText();
        assertThat(orderId).startsWith("C02__");
        assertThat(placed.get("type").asText()).isEqualTo("LIMIT");

        ProtoReader order = ws.awaitPushes("order push", 1, p -> p.bodyField() == 304).getFirst();
        assertThat(order.string(1)).isEqualTo("spot@private.orders.v3.api.pb");
        assertThat(order.string(3)).isEqualTo("BTCUSDT");
        ProtoReader body = order.message(304);
        assertThat(body.string(1)).isEqualTo(orderId);
        assertThat(body.string(2)).isEqualTo("c-1");
        assertThat(body.varint(15)).isEqualTo(1);
        assertThat(body.varint(8)).isEqualTo(1);
        ProtoReader balance = ws.awaitPushes("account push", 1, p -> p.bodyField() == 307).getFirst();
        assertThat(balance.has(3)).isFalse();
        assertThat(balance.message(307).string(1)).isEqualTo("USDT");
        assertThat(balance.message(307).string(7)).isEqualTo("ENTRUST_PLACE");

        JsonNode open = rest.spot("GET", "/api/v3/openOrders", "symbol=BTCUSDT", KEY, SECRET).json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("status").asText()).isEqualTo("NEW");

        account.fill(orderId, Decimal.parse("0.5"));
        ProtoReader deal = ws.awaitPushes("deal push", 1, p -> p.bodyField() == 306).getFirst().message(306);
        assertThat(deal.string(9)).isEqualTo(orderId);
        assertThat(deal.string(2)).isEqualTo("0.5");
        assertThat(deal.varint(5)).isEqualTo(1);
        ws.awaitPushes("filled", 1, p -> p.bodyField() == 304 && p.message(304).varint(15) == 2);
        assertThat(rest.spot("GET", "/api/v3/openOrders", "symbol=BTCUSDT", KEY, SECRET).json()).isEmpty();
        assertThat(rest.spot("GET", "/api/v3/order", "symbol=BTCUSDT&orderId=" + orderId, KEY, SECRET).json()
                .get("status").asText()).isEqualTo("FILLED");
        JsonNode trades = rest.spot("GET", "/api/v3/myTrades", "symbol=BTCUSDT", KEY, SECRET).json();
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).get("orderId").asText()).isEqualTo(orderId);
        assertThat(balanceOf("BTC").get("free").asText()).isEqualTo(account.available("BTC").toString());
    }

    @Test
    @DisplayName("a resting order fills when the simulated market trades through it")
    void marketFillsRestingOrder() {
        WsTestClient ws = privateSocket(createListenKey());
        ws.send("{\"method\":\"SUBSCRIPTION\",\"params\":" + PRIVATE + "}");
        ws.text(0);
        Decimal ask = sim.book(BTC, 1).asks().getFirst().price();
        String orderId = account.placeLimit(BTC, Side.SELL, ask, Decimal.parse("0.0001"));
        WsTestClient market = WsTestClient.connect(sim.websocketUri());
        clients.add(market);
        market.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT\"]}");
        market.text(0);
        Await.until("market traded through the order", () -> {
            sim.tick(50);
            return !account.openOrderIds().contains(orderId);
        });
        ws.awaitPushes("own deal", 1, p -> p.bodyField() == 306 && p.message(306).string(9).equals(orderId));
    }

    @Test
    @DisplayName("DELETE order and DELETE openOrders cancel and push status 4")
    void cancels() {
        WsTestClient ws = privateSocket(createListenKey());
        ws.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"spot@private.orders.v3.api.pb\"]}");
        ws.text(0);
        Decimal low = sim.book(BTC, 1).bids().getFirst().price().subtract(Decimal.ofLong(500));
        String first = account.placeLimit(BTC, Side.BUY, low, Decimal.parse("0.01"));
        String second = account.placeLimit(BTC, Side.BUY, low, Decimal.parse("0.02"));
        JsonNode cancelled = rest.spot("DELETE", "/api/v3/order", "symbol=BTCUSDT&orderId=" + first, KEY, SECRET)
                .json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELED");
        JsonNode all = rest.spot("DELETE", "/api/v3/openOrders", "symbol=BTCUSDT", KEY, SECRET).json();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("orderId").asText()).isEqualTo(second);
        ws.awaitPushes("two cancels", 2, p -> p.message(304).varint(15) == 4);
        MexcRestClient.Reply unknown = rest.spot("DELETE", "/api/v3/order", "symbol=BTCUSDT&orderId=" + first, KEY,
                SECRET);
        assertThat(unknown.json().get("code").asInt()).isEqualTo(-2011);
    }

    private JsonNode balanceOf(String asset) {
        for (JsonNode b : rest.spot("GET", "/api/v3/account", "", KEY, SECRET).json().get("balances")) {
            if (b.get("asset").asText().equals(asset)) {
                return b;
            }
        }
        throw new AssertionError("no balance " + asset);
    }
}
