package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.SimulatedAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.exwire.testkit.mexc.MexcFuturesWebSocketTest.channel;
import static io.exwire.testkit.mexc.MexcFuturesWebSocketTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Futures login, private pushes with MEXC's numeric codes, and the signed REST endpoints. */
@Timeout(30)
class MexcFuturesPrivateTest {

    private static final String KEY = "mx0aBYs33eIilxBW5C";
    private static final String SECRET = "45d0b3c26f2644f19bfb98b07741b2f5";
    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private MexcSimulator sim;
    private MexcRestClient rest;
    private SimulatedAccount account;
    private final List<WsTestClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = new MexcSimulator(MarketType.FUTURES, 9).start();
        account = sim.addAccount(KEY, SECRET, "2002");
        rest = new MexcRestClient(sim.restUri());
    }

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        rest.close();
        sim.close();
    }

    private WsTestClient login(String secret, boolean pushAll) {
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        clients.add(client);
        String time = Long.toString(System.currentTimeMillis());
        client.send("{\"method\":\"login\",\"param\":{\"apiKey\":\"" + KEY + "\",\"reqTime\":\"" + time
                + "\",\"signature\":\"" + MexcSignatures.futures(secret, KEY, time, "") + "\"}"
                + (pushAll ? "" : ",\"subscribe\":false") + "}");
        return client;
    }

    private String submit(int side, String price, String vol) {
        JsonNode reply = rest.futures("POST", "/api/v1/private/order/submit", "", "{\"symbol\":\"BTC_USDT\",\"price\":"
                + price + ",\"vol\":" + vol + ",\"side\":" + side + ",\"type\":1,\"openType\":1,\"leverage\":10}",
                KEY, SECRET).json();
        assertThat(reply.get("success").asBoolean()).as(reply.toString()).isTrue();
        assertThat(reply.get("data").isNumber()).isTrue();
        return reply.get("data").asText();
    }

    @Test
    @DisplayName("login with the right signature is acked rs.login and followed by asset pushes")
    void loginAccepted() {
        WsTestClient client = login(SECRET, true);
        JsonNode ack = json(client.text(0));
        assertThat(ack.get("channel").asText()).isEqualTo("rs.login");
        assertThat(ack.get("data").asText()).isEqualTo("success");
        JsonNode asset = json(client.text(1));
        assertThat(asset.get("channel").asText()).isEqualTo("push.personal.asset");
        assertThat(asset.get("data").get("currency").asText()).isEqualTo("USDT");
        assertThat(asset.get("data").get("availableBalance").decimalValue()).isEqualByComparingTo("1000000");
    }

    @Test
    @DisplayName("login with a wrong signature is refused with rs.error")
    void loginRefused() {
        WsTestClient client = login("wrong-secret", true);
        JsonNode error = json(client.text(0));
        assertThat(error.get("channel").asText()).isEqualTo("rs.error");
        assertThat(error.get("data").asText()).isEqualTo("Signature verification failed!");
        client.futuresBarrier();
        assertThat(client.texts()).hasSize(2);
    }

    @Test
    @DisplayName("a REST order is pushed with side/state/orderType/openType codes, fills into a long position")
    void orderToPosition() {
        WsTestClient client = login(SECRET, true);
        client.text(0);
        BigDecimal bid = sim.book(BTC, 1).bids().getFirst().price().toBigDecimal();
        String orderId = submit(1, bid.subtract(BigDecimal.TEN).toPlainString(), "20");
        JsonNode order = client.awaitText("order push", t -> t.contains("push.personal.order\"")).transform(
                MexcFuturesWebSocketTest::json).get("data");
        assertThat(order.get("orderId").asText()).isEqualTo(orderId);
        assertThat(order.get("symbol").asText()).isEqualTo("BTC_USDT");
        assertThat(order.get("side").asInt()).isEqualTo(1);
        assertThat(order.get("state").asInt()).isEqualTo(2);
        assertThat(order.get("orderType").asInt()).isEqualTo(1);
        assertThat(order.get("openType").asInt()).isEqualTo(1);
        assertThat(order.get("vol").decimalValue()).isEqualByComparingTo("20");

        account.fill(orderId, Decimal.ofLong(20));
        client.futuresBarrier();
        JsonNode deal = channel(client, "push.personal.order.deal").getFirst().get("data");
        assertThat(deal.get("orderId").asText()).isEqualTo(orderId);
        assertThat(deal.get("side").asInt()).isEqualTo(1);
        assertThat(deal.get("vol").decimalValue()).isEqualByComparingTo("20");
        assertThat(deal.get("taker").asBoolean()).isFalse();
        JsonNode position = channel(client, "push.personal.position").getLast().get("data");
        assertThat(position.get("positionType").asInt()).isEqualTo(1);
        assertThat(position.get("holdVol").decimalValue()).isEqualByComparingTo("20");
        assertThat(position.get("state").asInt()).isEqualTo(1);
        assertThat(channel(client, "push.personal.order").getLast().get("data").get("state").asInt()).isEqualTo(3);
        assertThat(channel(client, "push.personal.asset")).isNotEmpty();
        assertThat(account.position(BTC)).isEqualTo(Decimal.ofLong(20));

        JsonNode positions = rest.futures("GET", "/api/v1/private/position/open_positions", "", "", KEY, SECRET)
                .json().get("data");
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).get("holdVol").decimalValue()).isEqualByComparingTo("20");
        JsonNode deals = rest.futures("GET", "/api/v1/private/order/list/order_deals", "symbol=BTC_USDT", "", KEY,
                SECRET).json().get("data");
        assertThat(deals).hasSize(1);
    }

    @Test
    @DisplayName("personal.filter narrows the private pushes; cancel pushes state 4")
    void filterAndCancel() {
        WsTestClient client = login(SECRET, true);
        client.text(0);
        client.send("{\"method\":\"personal.filter\",\"param\":{\"filters\":[{\"filter\":\"order\","
                + "\"rules\":[\"BTC_USDT\"]}]}}");
        client.awaitText("filter ack", t -> t.contains("rs.personal.filter"));
        BigDecimal bid = sim.book(BTC, 1).bids().getFirst().price().toBigDecimal();
        String orderId = submit(1, bid.subtract(BigDecimal.TEN).toPlainString(), "3");
        JsonNode cancel = rest.futures("POST", "/api/v1/private/order/cancel", "", "[" + orderId + "]", KEY, SECRET)
                .json();
        assertThat(cancel.get("data").get(0).get("errorCode").asInt()).isZero();
        client.futuresBarrier();
        List<JsonNode> orders = channel(client, "push.personal.order");
        assertThat(orders).hasSize(2);
        assertThat(orders.getLast().get("data").get("state").asInt()).isEqualTo(4);
        long assetsAfterFilter = client.texts().stream().dropWhile(t -> !t.contains("rs.personal.filter"))
                .filter(t -> t.contains("push.personal.asset")).count();
        assertThat(assetsAfterFilter).isZero();
    }

    @Test
    @DisplayName("login with subscribe:false pushes nothing until a personal.filter asks for it")
    void subscribeFalse() {
        WsTestClient client = login(SECRET, false);
        assertThat(json(client.text(0)).get("channel").asText()).isEqualTo("rs.login");
        BigDecimal bid = sim.book(BTC, 1).bids().getFirst().price().toBigDecimal();
        submit(3, bid.add(BigDecimal.TEN).toPlainString(), "2");
        client.futuresBarrier();
        assertThat(client.texts()).hasSize(2);
        client.send("{\"method\":\"personal.filter\"}");
        client.awaitText("filter ack", t -> t.contains("rs.personal.filter"));
        String second = submit(3, bid.add(BigDecimal.TEN).toPlainString(), "2");
        JsonNode order = client.awaitText("order push", t -> t.contains(second)).transform(
                MexcFuturesWebSocketTest::json).get("data");
        assertThat(order.get("side").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("signed REST: assets and open orders; a wrong signature gets code 602")
    void signedRest() {
        JsonNode assets = rest.futures("GET", "/api/v1/private/account/assets", "", "", KEY, SECRET).json();
        assertThat(assets.get("success").asBoolean()).isTrue();
        assertThat(assets.get("data").get(0).get("currency").asText()).isEqualTo("USDT");
        BigDecimal bid = sim.book(BTC, 1).bids().getFirst().price().toBigDecimal();
        String orderId = submit(1, bid.subtract(BigDecimal.TEN).toPlainString(), "1");
        JsonNode open = rest.futures("GET", "/api/v1/private/order/list/open_orders/BTC_USDT",
                "page_num=1&page_size=20", "", KEY, SECRET).json().get("data");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("orderId").asText()).isEqualTo(orderId);
        JsonNode wrong = rest.futures("GET", "/api/v1/private/account/assets", "", "", KEY, "bad").json();
        assertThat(wrong.toString())
                .isEqualTo("{\"success\":false,\"code\":602,\"message\":\"Signature verification failed!\"}");
    }
}
