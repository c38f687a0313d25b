package io.exwire.gateio.trading;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.TimeInForce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class FuturesPrivateRestTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final String ORDER = """
            {"id":63936681298765432,"id_string":"63936681298765432","user":100000,"contract":"BTC_USDT",
             "create_time":1546569968.123,"size":-6,"iceberg":0,"left":-6,"price":"3765","fill_price":"0",
             "status":"open","tif":"gtc","finish_as":"","is_reduce_only":false,"text":"t-abc","update_time":1546569968500}""";

    private WireMockServer server;
    private GateioPrivateRestClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        client = PrivateRestTestSupport.client(server, MarketType.FUTURES);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    @DisplayName("place: signed decimal size string, tif, reduce_only, size-decimal header; big id kept exact")
    void place() {
        server.stubFor(post(urlPathEqualTo("/api/v4/futures/usdt/orders")).willReturn(okJson(ORDER)));
        Order o = client.placeOrder(new OrderRequest(BTC, Side.SELL, OrderType.LIMIT, TimeInForce.POST_ONLY,
                Decimal.parse("3765"), Decimal.parse("6"), "abc", true));
        client.placeOrder(OrderRequest.market(BTC, Side.BUY, Decimal.parse("0.5")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/orders"))
                .withHeader("X-Gate-Size-Decimal", equalTo("1")).withRequestBody(equalToJson("""
                        {"text":"t-abc","contract":"BTC_USDT","size":"-6","price":"3765","tif":"poc",
                         "reduce_only":true}""")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/orders")).withRequestBody(equalToJson("""
                {"contract":"BTC_USDT","size":"0.5","price":"0","tif":"ioc"}""")));
        PrivateRestTestSupport.assertAllSigned(server);
        assertThat(o.orderId()).isEqualTo("63936681298765432");
        assertThat(o.side()).isEqualTo(Side.SELL);
        assertThat(o.size()).isEqualTo(Decimal.ofLong(6));
        assertThat(o.status()).isEqualTo(OrderStatus.NEW);
        assertThat(o.clientOrderId()).isEqualTo("abc");
    }

    @Test
    @DisplayName("cancel, cancel all, query, open orders paged by offset")
    void ordersEndpoints() {
        String finished = ORDER.replace("\"status\":\"open\"", "\"status\":\"finished\"")
                .replace("\"finish_as\":\"\"", "\"finish_as\":\"cancelled\"");
        server.stubFor(delete(urlPathEqualTo("/api/v4/futures/usdt/orders/63936681298765432"))
                .willReturn(okJson(finished)));
        server.stubFor(delete(urlPathEqualTo("/api/v4/futures/usdt/orders")).willReturn(okJson("[" + finished + "]")));
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/orders/63936681298765432")).willReturn(okJson(ORDER)));
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/orders")).willReturn(okJson("[" + ORDER + "]")));
        assertThat(client.cancelOrder(BTC, "63936681298765432").status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(client.cancelAll(BTC)).extracting(Order::status).containsExactly(OrderStatus.CANCELED);
        assertThat(client.order(BTC, "63936681298765432").isOpen()).isTrue();
        assertThat(client.openOrders(Optional.of(BTC))).hasSize(1);
        server.verify(deleteRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/orders"))
                .withQueryParam("contract", equalTo("BTC_USDT")));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/orders"))
                .withQueryParam("contract", equalTo("BTC_USDT")).withQueryParam("status", equalTo("open"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("offset", equalTo("0")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("account: available, locked = order + position margin, total")
    void balances() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/accounts")).willReturn(okJson("""
                {"user":1666,"currency":"USDT","total":"9707.80","unrealised_pnl":"3371.24","position_margin":"38.71",
                 "order_margin":"10.5","available":"9658.59","point":"0","bonus":"0","in_dual_mode":false}""")));
        List<Balance> balances = client.balances();
        assertThat(balances).singleElement().satisfies(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.available()).isEqualTo(Decimal.parse("9658.59"));
            assertThat(b.locked()).isEqualTo(Decimal.parse("49.21"));
            assertThat(b.total()).isEqualTo(Decimal.parse("9707.8"));
        });
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("positions: holding=true, flat rows dropped, decimal sizes and unrealised pnl")
    void positions() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/positions")).willReturn(okJson("""
                [{"user":1,"contract":"BTC_USDT","size":"2.5","leverage":"10","entry_price":"3000",
                  "unrealised_pnl":"-1.25","mode":"single","update_time":1546569968},
                 {"user":1,"contract":"ETH_USDT","size":0,"leverage":"5","entry_price":"0","mode":"single"}]""")));
        List<Position> positions = client.positions();
        assertThat(positions).singleElement().satisfies(p -> {
            assertThat(p.side()).isEqualTo(PositionSide.LONG);
            assertThat(p.size()).isEqualTo(Decimal.parse("2.5"));
            assertThat(p.leverage()).isEqualTo(Decimal.ofLong(10));
            assertThat(p.unrealizedPnl()).isEqualTo(Decimal.parse("-1.25"));
            assertThat(p.exchangeTimestampMillis()).isEqualTo(1546569968000L);
        });
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/positions"))
                .withQueryParam("holding", equalTo("true")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("own trades by time range: from in seconds, fractional-second times, oldest first")
    void ownTrades() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/my_trades_timerange")).willReturn(okJson("""
                [{"trade_id":"122","create_time":1514764802.5,"contract":"BTC_USDT","order_id":"21","size":"-0.5",
                  "price":"100.2","role":"taker","text":"t-x","fee":"0.01","point_fee":"0"},
                 {"trade_id":"121","create_time":1514764800.123,"contract":"BTC_USDT","order_id":"21","size":100,
                  "price":"100.123","role":"maker","fee":"-0.01","point_fee":"0"}]""")));
        List<OwnTrade> trades = client.ownTrades(BTC, 1_514_764_000_999L);
        assertThat(trades).extracting(OwnTrade::tradeId).containsExactly("121", "122");
        assertThat(trades.get(0).exchangeTimestampMillis()).isEqualTo(1514764800123L);
        assertThat(trades.get(0).side()).isEqualTo(Side.BUY);
        assertThat(trades.get(1).size()).isEqualTo(Decimal.parse("0.5"));
        assertThat(trades.get(1).side()).isEqualTo(Side.SELL);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/my_trades_timerange"))
                .withQueryParam("contract", equalTo("BTC_USDT")).withQueryParam("from", equalTo("1514764000")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("leverage: POST /positions/{contract}/leverage?leverage=N with an empty signed body")
    void leverage() {
        server.stubFor(post(urlPathEqualTo("/api/v4/futures/usdt/positions/BTC_USDT/leverage"))
                .willReturn(okJson("{\"contract\":\"BTC_USDT\",\"size\":0,\"leverage\":\"20\"}")));
        client.setLeverage(BTC, 20);
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/positions/BTC_USDT/leverage"))
                .withQueryParam("leverage", equalTo("20")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("user id fetched once from /account/detail")
    void userId() {
        server.stubFor(get(urlPathEqualTo("/api/v4/account/detail")).willReturn(okJson(
                "{\"user_id\":1667201533,\"ip_whitelist\":[],\"currency_pairs\":[],\"key\":{\"mode\":1}}")));
        assertThat(client.userId()).isEqualTo("1667201533");
        assertThat(client.userId()).isEqualTo("1667201533");
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v4/account/detail")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("REQUEST_EXPIRED: the clock offset is measured again and the call retried once")
    void requestExpiredRetried() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/accounts")).inScenario("expiry")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401)
                        .withBody("{\"label\":\"REQUEST_EXPIRED\",\"message\":\"gap exceeds 60\"}"))
                .willSetStateTo("synced"));
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/accounts")).inScenario("expiry")
                .whenScenarioStateIs("synced").willReturn(okJson(
                        "{\"currency\":\"USDT\",\"total\":\"1\",\"available\":\"1\"}")));
        assertThat(client.balances()).hasSize(1);
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v4/spot/time")));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/accounts")));
    }
}
