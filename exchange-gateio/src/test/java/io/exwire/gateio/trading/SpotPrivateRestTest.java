package io.exwire.gateio.trading;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.UnknownSymbolException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class SpotPrivateRestTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final String ORDER = """
            {"id":"12332324","text":"t-abc","create_time":"1548000000","update_time":"1548000100",
             "create_time_ms":1548000000123,"update_time_ms":1548000100123,"currency_pair":"BTC_USDT",
             "status":"open","type":"limit","account":"spot","side":"buy","amount":"0.001","price":"65000",
             "time_in_force":"gtc","left":"0.001","filled_amount":"0","avg_deal_price":"0","finish_as":"open"}""";

    private WireMockServer server;
    private GateioPrivateRestClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        client = PrivateRestTestSupport.client(server, MarketType.SPOT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    @DisplayName("place limit: exact body with t- text, signed with the server-corrected timestamp")
    void placeLimit() {
        server.stubFor(post(urlPathEqualTo("/api/v4/spot/orders")).willReturn(okJson(ORDER).withStatus(201)));
        Order o = client.placeOrder(new OrderRequest(BTC, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                Decimal.parse("65000"), Decimal.parse("0.001"), "abc", false));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/spot/orders")).withRequestBody(equalToJson("""
                {"text":"t-abc","currency_pair":"BTC_USDT","type":"limit","account":"spot","side":"buy",
                 "amount":"0.001","price":"65000","time_in_force":"gtc"}""")));
        PrivateRestTestSupport.assertAllSigned(server);
        assertThat(o.orderId()).isEqualTo("12332324");
        assertThat(o.clientOrderId()).isEqualTo("abc");
        assertThat(o.status()).isEqualTo(OrderStatus.NEW);
        assertThat(o.reconciled()).isTrue();
        assertThat(o.exchangeTimestampMillis()).isEqualTo(1548000100123L);
    }

    @Test
    @DisplayName("post-only maps to poc, market sell to type market + ioc without price")
    void placeVariants() {
        server.stubFor(post(urlPathEqualTo("/api/v4/spot/orders")).willReturn(okJson(ORDER)));
        client.placeOrder(new OrderRequest(BTC, Side.SELL, OrderType.LIMIT, TimeInForce.POST_ONLY,
                Decimal.parse("70000"), Decimal.parse("1"), "", false));
        client.placeOrder(OrderRequest.market(BTC, Side.SELL, Decimal.parse("0.5")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/spot/orders")).withRequestBody(equalToJson("""
                {"currency_pair":"BTC_USDT","type":"limit","account":"spot","side":"sell","amount":"1",
                 "price":"70000","time_in_force":"poc"}""")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v4/spot/orders")).withRequestBody(equalToJson("""
                {"currency_pair":"BTC_USDT","type":"market","account":"spot","side":"sell","amount":"0.5",
                 "time_in_force":"ioc"}""")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("spot market buys are refused before any request (Gate.io sizes them in the quote currency)")
    void marketBuyRefused() {
        assertThatThrownBy(() -> client.placeOrder(OrderRequest.market(BTC, Side.BUY, Decimal.parse("1"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("quote currency");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("cancel one, cancel all, query one: paths and currency_pair query")
    void cancelAndQuery() {
        server.stubFor(delete(urlPathEqualTo("/api/v4/spot/orders/12332324")).willReturn(okJson(
                ORDER.replace("\"status\":\"open\"", "\"status\":\"cancelled\"")
                        .replace("\"finish_as\":\"open\"", "\"finish_as\":\"cancelled\""))));
        server.stubFor(delete(urlPathEqualTo("/api/v4/spot/orders")).willReturn(okJson("[" + ORDER + "]")));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/orders/12332324")).willReturn(okJson(ORDER)));
        assertThat(client.cancelOrder(BTC, "12332324").status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(client.cancelAll(BTC)).hasSize(1);
        assertThat(client.order(BTC, "12332324").orderId()).isEqualTo("12332324");
        server.verify(deleteRequestedFor(urlPathEqualTo("/api/v4/spot/orders/12332324"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")));
        server.verify(deleteRequestedFor(urlPathEqualTo("/api/v4/spot/orders"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/orders/12332324"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("open orders: every pair via /open_orders (grouped), one pair via /orders?status=open")
    void openOrders() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/open_orders")).willReturn(okJson(
                "[{\"currency_pair\":\"BTC_USDT\",\"total\":2,\"orders\":[" + ORDER + "," + ORDER + "]}]")));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/orders")).willReturn(okJson("[" + ORDER + "]")));
        assertThat(client.openOrders(Optional.empty())).hasSize(2).allMatch(Order::isOpen);
        assertThat(client.openOrders(Optional.of(BTC))).hasSize(1);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/open_orders"))
                .withQueryParam("page", equalTo("1")).withQueryParam("limit", equalTo("100")));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/orders"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")).withQueryParam("status", equalTo("open")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("balances: available + locked = total, empty balances skipped; positions empty on spot")
    void balances() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/accounts")).willReturn(okJson("""
                [{"currency":"USDT","available":"100.5","locked":"20","update_id":9},
                 {"currency":"DOGE","available":"0","locked":"0"}]""")));
        List<Balance> balances = client.balances();
        assertThat(balances).singleElement().satisfies(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.available()).isEqualTo(Decimal.parse("100.5"));
            assertThat(b.locked()).isEqualTo(Decimal.parse("20"));
            assertThat(b.total()).isEqualTo(Decimal.parse("120.5"));
            assertThat(b.reconciled()).isTrue();
        });
        assertThat(client.positions()).isEmpty();
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("own trades: from in seconds, newest-first answer returned oldest first")
    void ownTrades() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/my_trades")).willReturn(okJson("""
                [{"id":"2","create_time":"1548000002","create_time_ms":"1548000002000.25","currency_pair":"BTC_USDT",
                  "side":"buy","role":"maker","amount":"0.1","price":"65000","order_id":"9","fee":"0.0001",
                  "fee_currency":"BTC"},
                 {"id":"1","create_time":"1548000001","create_time_ms":"1548000001000","currency_pair":"BTC_USDT",
                  "side":"buy","role":"taker","amount":"0.2","price":"64999","order_id":"9","fee":"0.0002",
                  "fee_currency":"BTC"}]""")));
        List<OwnTrade> trades = client.ownTrades(BTC, 1_548_000_000_500L);
        assertThat(trades).extracting(OwnTrade::tradeId).containsExactly("1", "2");
        assertThat(trades.get(1).exchangeTimestampMillis()).isEqualTo(1548000002000L);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/my_trades"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")).withQueryParam("from", equalTo("1548000000")));
        PrivateRestTestSupport.assertAllSigned(server);
    }

    @Test
    @DisplayName("spot leverage is a capability the venue lacks")
    void leverage() {
        assertThatThrownBy(() -> client.setLeverage(BTC, 3)).isInstanceOf(io.exwire.api.exception.CapabilityNotSupportedException.class);
    }

    @Test
    @DisplayName("INVALID_SIGNATURE becomes AuthenticationException without key, secret or signature in the message")
    void authError() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/accounts")).willReturn(aResponse().withStatus(401)
                .withBody("{\"label\":\"INVALID_SIGNATURE\",\"message\":\"Signature mismatch\"}")));
        assertThatThrownBy(client::balances).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("INVALID_SIGNATURE").hasMessageContaining("Signature mismatch")
                .satisfies(e -> {
                    String sign = server.findAll(getRequestedFor(urlPathEqualTo("/api/v4/spot/accounts"))).get(0)
                            .getHeader("SIGN");
                    assertThat(e.getMessage()).doesNotContain(PrivateRestTestSupport.SECRET)
                            .doesNotContain(PrivateRestTestSupport.KEY).doesNotContain(sign);
                });
    }

    @Test
    @DisplayName("INVALID_CURRENCY_PAIR becomes UnknownSymbolException")
    void symbolError() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/orders/1")).willReturn(aResponse().withStatus(400)
                .withBody("{\"label\":\"INVALID_CURRENCY_PAIR\",\"message\":\"Invalid currency pair\"}")));
        assertThatThrownBy(() -> client.order(Symbol.of("NOPE", "USDT"), "1"))
                .isInstanceOf(UnknownSymbolException.class);
    }
}
