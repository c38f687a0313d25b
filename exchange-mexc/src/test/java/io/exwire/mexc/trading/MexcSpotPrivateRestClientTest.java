package io.exwire.mexc.trading;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.TimeInForce;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.Hmac;
import io.exwire.mexc.testing.WireMockExtensionSupport;
import io.exwire.mexc.wire.SpotSymbolsTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MexcSpotPrivateRestClientTest extends WireMockExtensionSupport {

    static final String KEY = "mx0vglTestKey";
    static final String SECRET = "test-secret-0123456789";
    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final long LOCAL = 1_700_000_000_000L;
    static final long SERVER = LOCAL + 5_000;

    MexcSpotPrivateRestClient client;

    @BeforeEach
    void client() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/time")).willReturn(okJson("{\"serverTime\":" + SERVER + "}")));
        client = new MexcSpotPrivateRestClient(Configs.rest(MarketType.SPOT, port(), Map.of(),
                InstantSource.fixed(Instant.ofEpochMilli(LOCAL))), Credentials.of(KEY, SECRET));
    }

    @AfterEach
    void close() {
        client.close();
    }

    /** Checks key header, signature over the exact query, recvWindow and the venue-corrected timestamp. */
    static String signedQuery(LoggedRequest r) {
        String url = r.getUrl();
        String query = url.substring(url.indexOf('?') + 1);
        int at = query.lastIndexOf("&signature=");
        assertThat(at).as("signature is the last parameter").isPositive();
        String signed = query.substring(0, at);
        assertThat(query.substring(at + "&signature=".length())).isEqualTo(Hmac.sha256Hex(SECRET, signed));
        assertThat(r.getHeader("X-MEXC-APIKEY")).isEqualTo(KEY);
        assertThat(signed).endsWith("recvWindow=5000&timestamp=" + SERVER);
        return signed;
    }

    LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wm.findAll(pattern);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    @DisplayName("POST /api/v3/order: LIMIT with newClientOrderId, signed query, server-time timestamp")
    void placeLimit() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/order")).willReturn(okJson("{\"symbol\":\"BTCUSDT\","
                + "\"orderId\":\"06a480e69e604477bfb48dddd5f0b750\",\"orderListId\":-1,\"price\":\"97000.1\","
                + "\"origQty\":\"0.5\",\"type\":\"LIMIT\",\"side\":\"BUY\",\"transactTime\":1666676533741}")));
        Order order = client.placeOrder(OrderRequest.limit(BTC, Side.BUY, Decimal.parse("97000.1"),
                Decimal.parse("0.50")).withClientOrderId("my-id 1"));
        String signed = signedQuery(only(postRequestedFor(urlPathEqualTo("/api/v3/order"))));
        assertThat(signed).startsWith("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=97000.1"
                + "&newClientOrderId=my-id%201&recvWindow=5000");
        assertThat(order).isEqualTo(new Order(Configs.MEXC, MarketType.SPOT, BTC, "06a480e69e604477bfb48dddd5f0b750",
                "my-id 1", Side.BUY, OrderType.LIMIT, TimeInForce.GTC, Decimal.parse("97000.1"), Decimal.parse("0.5"),
                Decimal.ZERO, null, OrderStatus.NEW, 1666676533741L, order.receiveTimestampNanos(), true));
    }

    @Test
    @DisplayName("time in force maps to LIMIT_MAKER / IMMEDIATE_OR_CANCEL / FILL_OR_KILL; MARKET has no price")
    void orderTypes() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/order")).willReturn(okJson("{\"symbol\":\"BTCUSDT\","
                + "\"orderId\":\"1\",\"price\":\"0\",\"origQty\":\"1\",\"type\":\"MARKET\",\"side\":\"SELL\","
                + "\"transactTime\":1}")));
        Decimal one = Decimal.ofLong(1);
        client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.LIMIT, TimeInForce.POST_ONLY, one, one, "", false));
        client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, one, one, "", false));
        client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.LIMIT, TimeInForce.FOK, one, one, "", false));
        Order market = client.placeOrder(OrderRequest.market(BTC, Side.SELL, one));
        List<String> queries = wm.findAll(postRequestedFor(urlPathEqualTo("/api/v3/order"))).stream()
                .map(MexcSpotPrivateRestClientTest::signedQuery).toList();
        assertThat(queries).extracting(q -> q.split("&")[2]).containsExactly("type=LIMIT_MAKER",
                "type=IMMEDIATE_OR_CANCEL", "type=FILL_OR_KILL", "type=MARKET");
        assertThat(queries.get(3)).doesNotContain("price=");
        assertThat(market.type()).isEqualTo(OrderType.MARKET);
        assertThat(market.price()).isNull();
        assertThatThrownBy(() -> client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                one, one, "", true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DELETE /api/v3/order and DELETE /api/v3/openOrders → canceled orders")
    void cancel() {
        wm.stubFor(delete(urlPathEqualTo("/api/v3/order")).willReturn(okJson(order("4", "CANCELED", "0.2"))));
        wm.stubFor(delete(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[" + order("11", "CANCELED", "0")
                + "," + order("13", "PARTIALLY_CANCELED", "0.1") + "]")));
        Order canceled = client.cancelOrder(BTC, "4");
        assertThat(signedQuery(only(deleteRequestedFor(urlPathEqualTo("/api/v3/order")))))
                .startsWith("symbol=BTCUSDT&orderId=4&");
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.filledSize()).isEqualTo(Decimal.parse("0.2"));
        List<Order> all = client.cancelAll(BTC);
        assertThat(signedQuery(only(deleteRequestedFor(urlPathEqualTo("/api/v3/openOrders")))))
                .startsWith("symbol=BTCUSDT&recvWindow");
        assertThat(all).extracting(Order::orderId).containsExactly("11", "13");
        assertThat(all).extracting(Order::status).containsOnly(OrderStatus.CANCELED);
    }

    static String order(String id, String status, String executed) {
        return "{\"symbol\":\"BTCUSDT\",\"orderId\":\"" + id + "\",\"orderListId\":-1,\"clientOrderId\":\"c" + id
                + "\",\"price\":\"0.1\",\"origQty\":\"1.0\",\"executedQty\":\"" + executed + "\","
                + "\"cummulativeQuoteQty\":\"0.0\",\"status\":\"" + status + "\",\"timeInForce\":\"GTC\","
                + "\"type\":\"LIMIT\",\"side\":\"BUY\",\"time\":1499827319559,\"updateTime\":1499827319560}";
    }

    @Test
    @DisplayName("GET /api/v3/order; GET /api/v3/openOrders per symbol: seen symbols plus GET /api/v3/selfSymbols")
    void queries() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/order")).willReturn(okJson(order("1", "PARTIALLY_FILLED", "0.4"))));
        wm.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).withQueryParam("symbol", equalTo("BTCUSDT"))
                .willReturn(okJson("[" + order("1", "NEW", "0") + "]")));
        wm.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).withQueryParam("symbol", equalTo("TOMO3LUSDT"))
                .willReturn(okJson("[" + order("2", "NEW", "0").replace("BTCUSDT", "TOMO3LUSDT") + "]")));
        wm.stubFor(get(urlPathEqualTo("/api/v3/selfSymbols")).willReturn(okJson(
                "{\"code\":200,\"data\":[\"TOMO3LUSDT\",\"NOTLISTED\"],\"msg\":null}")));
        wm.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(SpotSymbolsTestData.EXCHANGE_INFO)));
        Order one = client.order(BTC, "1");
        assertThat(one.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(one.clientOrderId()).isEqualTo("c1");
        assertThat(one.size()).isEqualTo(Decimal.ofLong(1));
        assertThat(one.exchangeTimestampMillis()).isEqualTo(1499827319560L);
        assertThat(signedQuery(only(getRequestedFor(urlPathEqualTo("/api/v3/order")))))
                .startsWith("symbol=BTCUSDT&orderId=1&");
        List<Order> open = client.openOrders(Optional.empty());
        signedQuery(only(getRequestedFor(urlPathEqualTo("/api/v3/selfSymbols"))));
        List<String> queried = wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/openOrders"))).stream()
                .map(MexcSpotPrivateRestClientTest::signedQuery).toList();
        assertThat(queried).extracting(q -> q.split("&")[0]).containsExactly("symbol=BTCUSDT", "symbol=TOMO3LUSDT");
        assertThat(open).extracting(Order::symbol).containsExactly(BTC, Symbol.of("TOMO3L", "USDT"));
    }

    @Test
    @DisplayName("without the key's symbol list, open orders of the symbols seen so far are still queried")
    void openOrdersWithoutSelfSymbols() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/selfSymbols")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":700007,\"msg\":\"No permission to access the endpoint.\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
        assertThat(client.openOrders(Optional.empty())).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/openOrders")))).isEmpty();
        client.noteSymbol(BTC);
        assertThat(client.openOrders(Optional.empty())).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/openOrders")))).hasSize(1);
    }

    @Test
    @DisplayName("GET /api/v3/account → non-zero balances, total = free + locked")
    void balances() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/account")).willReturn(okJson("{\"canTrade\":true,\"updateTime\":null,"
                + "\"accountType\":\"SPOT\",\"balances\":[{\"asset\":\"USDT\",\"free\":\"1111078\",\"locked\":\"33\"},"
                + "{\"asset\":\"MX\",\"free\":\"0\",\"locked\":\"0\"}],\"permissions\":[\"SPOT\"]}")));
        List<Balance> balances = client.balances();
        signedQuery(only(getRequestedFor(urlPathEqualTo("/api/v3/account"))));
        assertThat(balances).hasSize(1);
        Balance usdt = balances.get(0);
        assertThat(usdt.asset()).isEqualTo("USDT");
        assertThat(usdt.available()).isEqualTo(Decimal.ofLong(1111078));
        assertThat(usdt.locked()).isEqualTo(Decimal.ofLong(33));
        assertThat(usdt.total()).isEqualTo(Decimal.ofLong(1111111));
        assertThat(usdt.reconciled()).isTrue();
        assertThat(client.positions()).isEmpty();
    }

    @Test
    @DisplayName("GET /api/v3/myTrades?symbol&startTime → fills oldest first with side, fee and liquidity")
    void ownTrades() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson("[{\"symbol\":\"BTCUSDT\","
                + "\"id\":\"fad2af9e942049b6adbda1a271f990c6\",\"orderId\":\"bb41e5663e124046bd9497a3f5692f39\","
                + "\"orderListId\":-1,\"price\":\"4.00000100\",\"qty\":\"12.00000000\",\"quoteQty\":\"48.000012\","
                + "\"commission\":\"10.10000000\",\"commissionAsset\":\"BNB\",\"time\":1499865549590,\"isBuyer\":true,"
                + "\"isMaker\":false,\"isBestMatch\":true,\"isSelfTrade\":true,\"clientOrderId\":null},"
                + "{\"symbol\":\"BTCUSDT\",\"id\":\"x2\",\"orderId\":\"o2\",\"price\":\"4\",\"qty\":\"1\","
                + "\"commission\":\"0\",\"commissionAsset\":\"USDT\",\"time\":1499865549000,\"isBuyer\":false,"
                + "\"isMaker\":true}]")));
        List<OwnTrade> trades = client.ownTrades(BTC, 1499865000000L);
        assertThat(signedQuery(only(getRequestedFor(urlPathEqualTo("/api/v3/myTrades")))))
                .startsWith("symbol=BTCUSDT&startTime=1499865000000&limit=100&");
        assertThat(trades).extracting(OwnTrade::tradeId).containsExactly("x2", "fad2af9e942049b6adbda1a271f990c6");
        OwnTrade first = trades.get(1);
        assertThat(first.side()).isEqualTo(Side.BUY);
        assertThat(first.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(first.price()).isEqualTo(Decimal.parse("4.000001"));
        assertThat(first.fee()).isEqualTo(Decimal.parse("10.1"));
        assertThat(first.feeAsset()).isEqualTo("BNB");
        assertThat(trades.get(0).liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    @DisplayName("spot has no leverage: setLeverage is refused as a missing capability")
    void noLeverage() {
        assertThatThrownBy(() -> client.setLeverage(BTC, 5)).isInstanceOf(io.exwire.api.exception.CapabilityNotSupportedException.class);
    }

    @Test
    @DisplayName("700002 is an AuthenticationException whose message carries neither secret nor signature")
    void authenticationError() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/account")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}")));
        assertThatThrownBy(() -> client.balances()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("700002").hasMessageNotContaining(SECRET).hasMessageNotContaining("signature=");
        wm.stubFor(get(urlPathEqualTo("/api/v3/order")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")));
        assertThatThrownBy(() -> client.order(Symbol.of("NOPE", "USDT"), "1"))
                .isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    @DisplayName("700003 (outside recvWindow) resynchronises the server clock and retries once")
    void clockSkewRetried() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/account")).inScenario("skew").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":700003,\"msg\":\"outside recvWindow\"}"))
                .willSetStateTo("retried"));
        wm.stubFor(get(urlPathEqualTo("/api/v3/account")).inScenario("skew").whenScenarioStateIs("retried")
                .willReturn(okJson("{\"balances\":[]}")));
        assertThat(client.balances()).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/time")))).hasSize(2);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/account")))).hasSize(2);
    }

    @Test
    @DisplayName("listen keys: POST creates, PUT keeps alive, DELETE closes — all signed, key in the query")
    void listenKeyCalls() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"pqia91ma19a5s61"
                + "cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1\"}")));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/api/v3/userDataStream"))
                .willReturn(okJson("{\"listenKey\":\"k\"}")));
        wm.stubFor(delete(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"k\"}")));
        assertThat(client.createListenKey()).startsWith("pqia91ma19a5s61");
        client.keepAliveListenKey("abc");
        client.deleteListenKey("abc");
        assertThat(signedQuery(only(postRequestedFor(urlPathEqualTo("/api/v3/userDataStream")))))
                .startsWith("recvWindow=5000");
        assertThat(signedQuery(only(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo("/api/v3/userDataStream"))))).startsWith("listenKey=abc&recvWindow=5000");
        assertThat(signedQuery(only(deleteRequestedFor(urlPathEqualTo("/api/v3/userDataStream")))))
                .startsWith("listenKey=abc&recvWindow=5000");
    }
}
