package io.exwire.mexc.trading;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.VenueErrorException;
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
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.TimeInForce;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.Hmac;
import io.exwire.mexc.testing.WireMockExtensionSupport;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MexcFuturesPrivateRestClientTest extends WireMockExtensionSupport {

    static final String KEY = "mx0futuresKey";
    static final String SECRET = "futures-secret-42";
    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final long LOCAL = 1_700_000_000_000L;
    static final long SERVER = LOCAL - 3_000;
    static final String P = "/api/v1/private/";

    MexcFuturesPrivateRestClient client;

    @BeforeEach
    void client() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/ping"))
                .willReturn(okJson("{\"success\":true,\"data\":" + SERVER + "}")));
        client = newClient(Map.of());
    }

    MexcFuturesPrivateRestClient newClient(Map<String, String> options) {
        return new MexcFuturesPrivateRestClient(Configs.rest(MarketType.FUTURES, port(), options,
                InstantSource.fixed(Instant.ofEpochMilli(LOCAL))), Credentials.of(KEY, SECRET));
    }

    @AfterEach
    void close() {
        client.close();
    }

    /** Checks ApiKey, Request-Time (venue-corrected) and Signature = HMAC(key + time + query-or-body). */
    static void signed(LoggedRequest r) {
        String url = r.getUrl();
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        String body = r.getBodyAsString();
        assertThat(r.getHeader("ApiKey")).isEqualTo(KEY);
        assertThat(r.getHeader("Request-Time")).isEqualTo(Long.toString(SERVER));
        assertThat(r.getHeader("Signature")).isEqualTo(Hmac.sha256Hex(SECRET, KEY + SERVER
                + (body.isEmpty() ? query : body)));
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    }

    LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wm.findAll(pattern);
        assertThat(found).hasSize(1);
        signed(found.get(0));
        return found.get(0);
    }

    static String orderJson(String id, int side, int type, int state, String dealVol) {
        return "{\"orderId\":\"" + id + "\",\"symbol\":\"BTC_USDT\",\"positionId\":1394917,\"price\":1209.05,"
                + "\"vol\":3,\"leverage\":0,\"side\":" + side + ",\"category\":1,\"orderType\":" + type
                + ",\"dealAvgPrice\":" + ("0".equals(dealVol) ? "0" : "1208.35") + ",\"dealVol\":" + dealVol
                + ",\"orderMargin\":0,\"takerFee\":0.0072501,\"makerFee\":0,\"profit\":0,\"feeCurrency\":\"USDT\","
                + "\"openType\":1,\"state\":" + state + ",\"externalOid\":\"ext-" + id + "\",\"errorCode\":0,"
                + "\"usedMargin\":0,\"createTime\":1609992674000,\"updateTime\":1609992675000}";
    }

    @Test
    @DisplayName("POST order/submit: JSON body signed as sent; open long, limit GTC, cross, externalOid")
    void placeLimit() {
        wm.stubFor(post(urlPathEqualTo(P + "order/submit"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":102057569836905984}")));
        Order o = client.placeOrder(OrderRequest.limit(BTC, Side.BUY, Decimal.parse("97000.10"), Decimal.ofLong(5))
                .withClientOrderId("my-1"));
        LoggedRequest r = only(postRequestedFor(urlPathEqualTo(P + "order/submit")));
        assertThat(r.getBodyAsString()).isEqualTo("{\"symbol\":\"BTC_USDT\",\"price\":97000.1,\"vol\":5,\"side\":1,"
                + "\"type\":1,\"openType\":2,\"externalOid\":\"my-1\"}");
        assertThat(o.orderId()).isEqualTo("102057569836905984");
        assertThat(o.status()).isEqualTo(OrderStatus.NEW);
        assertThat(o.clientOrderId()).isEqualTo("my-1");
        assertThat(o.market()).isEqualTo(MarketType.FUTURES);
    }

    @Test
    @DisplayName("reduceOnly sells close longs (side 4), post-only is type 2, market is type 5 without price")
    void sidesAndTypes() {
        wm.stubFor(post(urlPathEqualTo(P + "order/submit"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":\"7\"}")));
        Decimal one = Decimal.ofLong(1);
        client.placeOrder(new OrderRequest(BTC, Side.SELL, OrderType.LIMIT, TimeInForce.POST_ONLY, one, one, "", true));
        client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.MARKET, TimeInForce.IOC, null, one, "", true));
        client.placeOrder(new OrderRequest(BTC, Side.SELL, OrderType.LIMIT, TimeInForce.FOK, one, one, "", false));
        List<String> bodies = wm.findAll(postRequestedFor(urlPathEqualTo(P + "order/submit"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies.get(0)).contains("\"side\":4,\"type\":2");
        assertThat(bodies.get(1)).contains("\"side\":2,\"type\":5").doesNotContain("price");
        assertThat(bodies.get(2)).contains("\"side\":3,\"type\":4");
    }

    @Test
    @DisplayName("isolated margin sends openType 1 with the configured leverage; bad options are refused")
    void isolatedOptions() {
        wm.stubFor(post(urlPathEqualTo(P + "order/submit"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":1}")));
        try (MexcFuturesPrivateRestClient isolated = newClient(Map.of("openType", "isolated", "leverage", "20"))) {
            isolated.placeOrder(OrderRequest.limit(BTC, Side.BUY, Decimal.ofLong(1), Decimal.ofLong(1)));
        }
        assertThat(only(postRequestedFor(urlPathEqualTo(P + "order/submit"))).getBodyAsString())
                .contains("\"openType\":1,\"leverage\":20");
        assertThatThrownBy(() -> newClient(Map.of("openType", "isolated"))).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> newClient(Map.of("openType", "hedge"))).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> newClient(Map.of("leverage", "0"))).isInstanceOf(ConfigurationException.class);
    }

    @Test
    @DisplayName("POST order/cancel [id] then GET order/get/{id}; a per-order errorCode is a venue error")
    void cancel() {
        wm.stubFor(post(urlPathEqualTo(P + "order/cancel")).withRequestBody(equalTo("[102015012431820288]"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":[{\"orderId\":102015012431820288,"
                        + "\"errorCode\":0,\"errorMsg\":\"success\"}]}")));
        wm.stubFor(get(urlPathEqualTo(P + "order/get/102015012431820288")).willReturn(okJson(
                "{\"success\":true,\"code\":0,\"data\":" + orderJson("102015012431820288", 1, 1, 4, "0") + "}")));
        Order canceled = client.cancelOrder(BTC, "102015012431820288");
        only(postRequestedFor(urlPathEqualTo(P + "order/cancel")));
        only(getRequestedFor(urlPathEqualTo(P + "order/get/102015012431820288")));
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        wm.stubFor(post(urlPathEqualTo(P + "order/cancel")).willReturn(okJson("{\"success\":true,\"code\":0,"
                + "\"data\":[{\"orderId\":5,\"errorCode\":2041,\"errorMsg\":\"order state cannot be cancelled\"}]}")));
        assertThatThrownBy(() -> client.cancelOrder(BTC, "5")).isInstanceOfSatisfying(VenueErrorException.class,
                e -> assertThat(e.venueCode()).isEqualTo("2041"));
        assertThatThrownBy(() -> client.cancelOrder(BTC, "abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("GET order/get/{id}: close short = BUY, market = MARKET without price, state 3 = FILLED")
    void orderMapping() {
        wm.stubFor(get(urlPathEqualTo(P + "order/get/102015012431820288")).willReturn(okJson(
                "{\"success\":true,\"code\":0,\"data\":" + orderJson("102015012431820288", 2, 5, 3, "1") + "}")));
        Order o = client.order(BTC, "102015012431820288");
        assertThat(o).isEqualTo(new Order(Configs.MEXC, MarketType.FUTURES, BTC, "102015012431820288",
                "ext-102015012431820288", Side.BUY, OrderType.MARKET, TimeInForce.IOC, null, Decimal.ofLong(3),
                Decimal.ofLong(1), Decimal.parse("1208.35"), OrderStatus.FILLED, 1609992675000L,
                o.receiveTimestampNanos(), true));
    }

    @Test
    @DisplayName("GET order/list/open_orders/{symbol} pages by 100; POST order/cancel_all returns them canceled")
    void openOrdersPagedAndCancelAll() {
        String page1 = IntStream.rangeClosed(1, 100).mapToObj(i -> orderJson(Integer.toString(i), 1, 1, 2, "0"))
                .collect(Collectors.joining(",", "{\"success\":true,\"code\":0,\"data\":[", "]}"));
        wm.stubFor(get(urlPathEqualTo(P + "order/list/open_orders/BTC_USDT")).withQueryParam("page_num", equalTo("1"))
                .willReturn(okJson(page1)));
        wm.stubFor(get(urlPathEqualTo(P + "order/list/open_orders/BTC_USDT")).withQueryParam("page_num", equalTo("2"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":{\"resultList\":["
                        + orderJson("101", 3, 2, 2, "1") + "]}}")));
        wm.stubFor(post(urlPathEqualTo(P + "order/cancel_all")).withRequestBody(equalToJson("{\"symbol\":\"BTC_USDT\"}"))
                .willReturn(okJson("{\"success\":true,\"code\":0}")));
        List<Order> open = client.openOrders(Optional.of(BTC));
        assertThat(open).hasSize(101);
        assertThat(open.get(100).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(open.get(100).timeInForce()).isEqualTo(TimeInForce.POST_ONLY);
        List<LoggedRequest> pages = wm.findAll(getRequestedFor(urlPathEqualTo(P + "order/list/open_orders/BTC_USDT")));
        pages.forEach(MexcFuturesPrivateRestClientTest::signed);
        assertThat(pages.get(0).getUrl()).endsWith("?page_num=1&page_size=100");
        List<Order> canceled = client.cancelAll(BTC);
        only(postRequestedFor(urlPathEqualTo(P + "order/cancel_all")));
        assertThat(canceled).hasSize(101).extracting(Order::status).containsOnly(OrderStatus.CANCELED);
    }

    @Test
    @DisplayName("open orders of every contract use the path without a symbol")
    void openOrdersAll() {
        wm.stubFor(get(urlPathEqualTo(P + "order/list/open_orders")).willReturn(okJson(
                "{\"success\":true,\"code\":0,\"data\":[]}")));
        assertThat(client.openOrders(Optional.empty())).isEmpty();
        only(getRequestedFor(urlPathEqualTo(P + "order/list/open_orders")));
    }

    @Test
    @DisplayName("GET account/assets: locked = frozen + position margin; zero balances left out")
    void balances() {
        wm.stubFor(get(urlPathEqualTo(P + "account/assets")).willReturn(okJson("{\"success\":true,\"code\":0,\"data\":["
                + "{\"currency\":\"BTC\",\"positionMargin\":0,\"availableBalance\":0,\"cashBalance\":0,"
                + "\"frozenBalance\":0,\"equity\":0,\"unrealized\":0,\"bonus\":0},"
                + "{\"currency\":\"USDT\",\"positionMargin\":1.5,\"availableBalance\":0.03176562,"
                + "\"cashBalance\":0.03176562,\"frozenBalance\":2,\"equity\":3.53176562,\"unrealized\":0,\"bonus\":0}]}")));
        List<Balance> balances = client.balances();
        only(getRequestedFor(urlPathEqualTo(P + "account/assets")));
        assertThat(balances).hasSize(1);
        assertThat(balances.get(0).asset()).isEqualTo("USDT");
        assertThat(balances.get(0).available()).isEqualTo(Decimal.parse("0.03176562"));
        assertThat(balances.get(0).locked()).isEqualTo(Decimal.parse("3.5"));
        assertThat(balances.get(0).total()).isEqualTo(Decimal.parse("3.53176562"));
    }

    @Test
    @DisplayName("GET position/open_positions: size in contracts, side from positionType, flat ones left out")
    void positions() {
        wm.stubFor(get(urlPathEqualTo(P + "position/open_positions")).willReturn(okJson("{\"success\":true,\"code\":0,"
                + "\"data\":[{\"positionId\":1394650,\"symbol\":\"ETH_USDT\",\"positionType\":2,\"openType\":1,"
                + "\"state\":1,\"holdVol\":7,\"frozenVol\":0,\"closeVol\":0,\"holdAvgPrice\":1217.3,"
                + "\"openAvgPrice\":1217.3,\"closeAvgPrice\":0,\"liquidatePrice\":1211.2,\"oim\":0.1290338,"
                + "\"im\":0.1290338,\"holdFee\":0,\"realised\":-0.0073,\"leverage\":100,\"createTime\":1609991676000,"
                + "\"updateTime\":1609991677000,\"autoAddIm\":false},{\"positionId\":2,\"symbol\":\"BTC_USDT\","
                + "\"positionType\":1,\"state\":3,\"holdVol\":0,\"leverage\":10}]}")));
        List<Position> positions = client.positions();
        only(getRequestedFor(urlPathEqualTo(P + "position/open_positions")));
        assertThat(positions).containsExactly(new Position(Configs.MEXC, MarketType.FUTURES, Symbol.of("ETH", "USDT"),
                PositionSide.SHORT, Decimal.ofLong(7), Decimal.parse("1217.3"), Decimal.ofLong(100), null,
                1609991677000L, positions.get(0).receiveTimestampNanos(), true));
    }

    @Test
    @DisplayName("GET order/list/order_deals: dictionary-ordered signed query, fills oldest first")
    void ownTrades() {
        wm.stubFor(get(urlPathEqualTo(P + "order/list/order_deals")).willReturn(okJson("{\"success\":true,\"code\":0,"
                + "\"data\":[{\"id\":\"159274417\",\"symbol\":\"BTC_USDT\",\"side\":3,\"vol\":2,\"price\":1208.4,"
                + "\"feeCurrency\":\"USDT\",\"fee\":0.001,\"timestamp\":1609992675000,\"profit\":0,\"category\":1,"
                + "\"orderId\":\"2\",\"isTaker\":false},{\"id\":159274416,\"symbol\":\"BTC_USDT\",\"side\":2,"
                + "\"vol\":1,\"price\":1208.35,\"feeCurrency\":\"USDT\",\"fee\":0.0072501,\"timestamp\":1609992674000,"
                + "\"profit\":0,\"category\":1,\"orderId\":\"102015012431820288\",\"taker\":true}]}")));
        List<OwnTrade> trades = client.ownTrades(BTC, 1609990000000L);
        LoggedRequest r = only(getRequestedFor(urlPathEqualTo(P + "order/list/order_deals")));
        assertThat(r.getUrl()).endsWith("?page_num=1&page_size=100&start_time=1609990000000&symbol=BTC_USDT");
        assertThat(trades).containsExactly(
                new OwnTrade(Configs.MEXC, MarketType.FUTURES, BTC, "159274416", "102015012431820288", Side.BUY,
                        Decimal.parse("1208.35"), Decimal.ofLong(1), Decimal.parse("0.0072501"), "USDT",
                        Liquidity.TAKER, 1609992674000L, trades.get(0).receiveTimestampNanos(), true),
                new OwnTrade(Configs.MEXC, MarketType.FUTURES, BTC, "159274417", "2", Side.SELL,
                        Decimal.parse("1208.4"), Decimal.ofLong(2), Decimal.parse("0.001"), "USDT",
                        Liquidity.MAKER, 1609992675000L, trades.get(1).receiveTimestampNanos(), true));
    }

    @Test
    @DisplayName("POST position/change_leverage per open position, or for both directions without one")
    void leverage() {
        wm.stubFor(get(urlPathEqualTo(P + "position/open_positions")).withQueryParam("symbol", equalTo("BTC_USDT"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":[{\"positionId\":1394650,"
                        + "\"symbol\":\"BTC_USDT\",\"positionType\":1,\"holdVol\":1,\"state\":1}]}")));
        wm.stubFor(post(urlPathEqualTo(P + "position/change_leverage")).willReturn(okJson(
                "{\"success\":true,\"code\":0}")));
        client.setLeverage(BTC, 20);
        assertThat(only(postRequestedFor(urlPathEqualTo(P + "position/change_leverage"))).getBodyAsString())
                .isEqualTo("{\"positionId\":1394650,\"leverage\":20}");
        wm.resetRequests();
        wm.stubFor(get(urlPathEqualTo(P + "position/open_positions")).withQueryParam("symbol", equalTo("BTC_USDT"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":[]}")));
        client.setLeverage(BTC, 5);
        List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlPathEqualTo(P + "position/change_leverage")));
        posts.forEach(MexcFuturesPrivateRestClientTest::signed);
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsExactly(
                "{\"openType\":2,\"leverage\":5,\"symbol\":\"BTC_USDT\",\"positionType\":1}",
                "{\"openType\":2,\"leverage\":5,\"symbol\":\"BTC_USDT\",\"positionType\":2}");
        assertThatThrownBy(() -> client.setLeverage(BTC, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("success:false code 602 is an AuthenticationException without the secret or signature")
    void authError() {
        wm.stubFor(get(urlPathEqualTo(P + "account/assets")).willReturn(okJson(
                "{\"success\":false,\"code\":602,\"message\":\"Signature verification failed!\"}")));
        assertThatThrownBy(() -> client.balances()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("602").hasMessageNotContaining(SECRET);
    }

    @Test
    @DisplayName("513 (request time) resynchronises the clock and retries once")
    void clockRetry() {
        wm.stubFor(get(urlPathEqualTo(P + "account/assets")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"success\":false,\"code\":513,\"message\":\"Invalid request\"}"))
                .willSetStateTo("again"));
        wm.stubFor(get(urlPathEqualTo(P + "account/assets")).inScenario("t").whenScenarioStateIs("again")
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":[]}")));
        assertThat(client.balances()).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v1/contract/ping")))).hasSize(2);
    }
}
