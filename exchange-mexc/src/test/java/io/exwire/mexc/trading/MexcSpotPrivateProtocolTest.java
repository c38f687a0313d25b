package io.exwire.mexc.trading;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.TimeInForce;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.ProtoWriter;
import io.exwire.testkit.sinks.RecordingPrivateSink;
import io.exwire.mexc.testing.WireMockExtensionSupport;
import io.exwire.mexc.wire.SpotSymbolsTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MexcSpotPrivateProtocolTest extends WireMockExtensionSupport {

    static final URI ENDPOINT = URI.create("wss://wbs-api.mexc.com/ws");
    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final long RN = 1_700_000_000_000_000_000L;

    final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
    final RecordingPrivateSink sink = new RecordingPrivateSink();
    MexcSpotPrivateRestClient rest;
    MexcSpotPrivateProtocol protocol;

    @BeforeEach
    void setUp() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/time")).willReturn(okJson("{\"serverTime\":1700000000000}")));
        wm.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(SpotSymbolsTestData.EXCHANGE_INFO)));
        wm.stubFor(post(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"K1\"}")));
        wm.stubFor(put(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"K1\"}")));
        wm.stubFor(delete(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"K1\"}")));
        var config = Configs.rest(MarketType.SPOT, port(), Map.of(), clock);
        rest = new MexcSpotPrivateRestClient(config, Credentials.of("key", "secret"));
        protocol = new MexcSpotPrivateProtocol(rest, false, config);
    }

    @AfterEach
    void close() {
        rest.close();
    }

    int posts() {
        return wm.findAll(postRequestedFor(urlPathEqualTo("/api/v3/userDataStream"))).size();
    }

    int puts() {
        return wm.findAll(putRequestedFor(urlPathEqualTo("/api/v3/userDataStream"))).size();
    }

    @Nested
    @DisplayName("listen key lifecycle")
    class ListenKey {

        @Test
        @DisplayName("prepare creates a key and connects with ?listenKey=; a reconnect reuses the valid key")
        void createAndReuse() {
            assertThat(protocol.prepare(ENDPOINT)).isEqualTo(URI.create("wss://wbs-api.mexc.com/ws?listenKey=K1"));
            assertThat(protocol.prepare(URI.create("ws://127.0.0.1:9/ws?x=1")))
                    .isEqualTo(URI.create("ws://127.0.0.1:9/ws?x=1&listenKey=K1"));
            assertThat(posts()).isEqualTo(1);
        }

        @Test
        @DisplayName("keep-alive runs every 30 minutes and is never sent within 10 minutes of the last refresh")
        void keepAlive() {
            assertThat(protocol.maintenanceInterval()).isEqualTo(Duration.ofMinutes(30));
            protocol.prepare(ENDPOINT);
            protocol.maintain(now.get());
            assertThat(puts()).isZero();
            now.addAndGet(Duration.ofMinutes(30).toMillis());
            protocol.maintain(now.get());
            protocol.maintain(now.get());
            assertThat(puts()).isEqualTo(1);
            assertThat(wm.findAll(putRequestedFor(urlPathEqualTo("/api/v3/userDataStream"))).get(0).getUrl())
                    .contains("listenKey=K1");
        }

        @Test
        @DisplayName("a failed keep-alive is rethrown and the next prepare replaces (and deletes) the key")
        void keepAliveFailureRecreates() {
            protocol.prepare(ENDPOINT);
            wm.stubFor(put(urlPathEqualTo("/api/v3/userDataStream")).willReturn(aResponse().withStatus(400)
                    .withBody("{\"code\":730708,\"msg\":\"listen key information error\"}")));
            wm.stubFor(post(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"K2\"}")));
            now.addAndGet(Duration.ofMinutes(30).toMillis());
            assertThatThrownBy(() -> protocol.maintain(now.get())).isInstanceOf(ExwireException.class)
                    .hasMessageContaining("730708");
            assertThat(protocol.prepare(ENDPOINT).toString()).endsWith("listenKey=K2");
            assertThat(posts()).isEqualTo(2);
            assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/api/v3/userDataStream"))).get(0).getUrl())
                    .contains("listenKey=K1");
        }

        @Test
        @DisplayName("'Invalid listen key' asks core to reconnect and the next prepare creates a new key")
        void invalidListenKey() {
            protocol.prepare(ENDPOINT);
            protocol.onText("Invalid listen key", RN, sink);
            assertThat(sink.reconnects).containsExactly("MEXC: Invalid listen key");
            wm.stubFor(post(urlPathEqualTo("/api/v3/userDataStream")).willReturn(okJson("{\"listenKey\":\"K3\"}")));
            assertThat(protocol.prepare(ENDPOINT).toString()).endsWith("listenKey=K3");
        }

        @Test
        @DisplayName("release deletes the key")
        void release() {
            protocol.prepare(ENDPOINT);
            protocol.release();
            assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/api/v3/userDataStream")))).hasSize(1);
            protocol.release();
            assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/api/v3/userDataStream")))).hasSize(1);
        }

        @Test
        @DisplayName("a refused key or secret fails prepare with AuthenticationException")
        void badCredentials() {
            wm.stubFor(post(urlPathEqualTo("/api/v3/userDataStream")).willReturn(aResponse().withStatus(400)
                    .withBody("{\"code\":700002,\"msg\":\"Signature for this request is not valid.\"}")));
            assertThatThrownBy(() -> protocol.prepare(ENDPOINT)).isInstanceOf(AuthenticationException.class);
        }

        @Test
        @DisplayName("an unavailable symbol list does not prevent connecting")
        void exchangeInfoDown() {
            wm.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(aResponse().withStatus(503)));
            assertThat(protocol.prepare(ENDPOINT).toString()).endsWith("listenKey=K1");
        }
    }

    @Nested
    @DisplayName("subscription")
    class Subscription {

        @Test
        @DisplayName("one SUBSCRIPTION of the three private .pb channels, proving the key when accepted")
        void openingRequest() {
            AtomicInteger ids = new AtomicInteger(40);
            List<OpeningRequest> requests = protocol.openingRequests(ids::incrementAndGet, 0);
            assertThat(requests).containsExactly(new OpeningRequest(41, "{\"method\":\"SUBSCRIPTION\",\"params\":["
                    + "\"spot@private.orders.v3.api.pb\",\"spot@private.deals.v3.api.pb\","
                    + "\"spot@private.account.v3.api.pb\"],\"id\":41}", true));
            protocol.onText("{\"id\":41,\"code\":0,\"msg\":\"spot@private.orders.v3.api.pb,"
                    + "spot@private.deals.v3.api.pb,spot@private.account.v3.api.pb\"}", RN, sink);
            protocol.onText("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}", RN, sink);
            assertThat(sink.acks).containsExactly(41);
            assertThat(sink.pongs).isEqualTo(1);
            assertThat(protocol.ping(1, 0)).isEqualTo("{\"method\":\"PING\"}");
        }

        @Test
        @DisplayName("a 'Blocked' refusal of the private channels is a rejection")
        void refused() {
            protocol.openingRequests(() -> 7, 0);
            protocol.onText("{\"id\":7,\"code\":0,\"msg\":\"Not Subscribed successfully! [spot@private.orders.v3.api.pb,"
                    + "spot@private.deals.v3.api.pb,spot@private.account.v3.api.pb].  Reason\uFF1A Blocked! \"}",
                    RN, sink);
            assertThat(sink.rejections).hasSize(1);
            assertThat(sink.rejections.get(0).error()).isInstanceOf(SubscriptionRejectedException.class);
        }
    }

    @Nested
    @DisplayName("pushes")
    class Pushes {

        @BeforeEach
        void loadSymbols() {
            protocol.prepare(ENDPOINT);
        }

        void push(ProtoWriter frame) {
            protocol.onBinary(ByteBuffer.wrap(frame.toByteArray()), RN, sink);
        }

        @Test
        @DisplayName("PrivateOrdersV3Api → order: ids, LIMIT/GTC, side, sizes, average, PARTIALLY_FILLED, time")
        void order() {
            push(ProtoWriter.message().string(1, "spot@private.orders.v3.api.pb").string(3, "BTCUSDT")
                    .int64(6, 1_736_417_034_281L).message(304, ProtoWriter.message()
                            .string(1, "C02__505979017439002624115").string(2, "my-1").string(3, "97000.10")
                            .string(4, "0.5").string(5, "0").string(6, "97000.10").int64(7, 1).int64(8, 2)
                            .bool(9, true).string(10, "0").string(11, "0.3").string(13, "0.2")
                            .string(14, "19400.02").int64(15, 3).int64(16, 1_736_417_034_000L)));
            assertThat(sink.orders).containsExactly(new Order(Configs.MEXC, MarketType.SPOT, BTC,
                    "C02__505979017439002624115", "my-1", Side.SELL, OrderType.LIMIT, TimeInForce.GTC,
                    Decimal.parse("97000.10"), Decimal.parse("0.5"), Decimal.parse("0.2"), Decimal.parse("97000.1"),
                    OrderStatus.PARTIALLY_FILLED, 1_736_417_034_281L, RN, false));
            wm.stubFor(get(urlPathEqualTo("/api/v3/selfSymbols")).willReturn(okJson("{\"code\":200,\"data\":[]}")));
            wm.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
            rest.openOrders(java.util.Optional.empty());
            assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/api/v3/openOrders"))).get(0).getUrl())
                    .as("a pushed order's symbol is reconciled later").contains("symbol=BTCUSDT");
        }

        @Test
        @DisplayName("status 5 (partially filled, rest canceled) is terminal; market orders carry no price")
        void partiallyCanceledMarket() {
            push(ProtoWriter.message().string(3, "TOMO3LUSDT").message(304, ProtoWriter.message()
                    .string(1, "X").string(3, "0").string(4, "10").int64(7, 5).int64(8, 1).string(13, "4")
                    .int64(15, 5).int64(16, 42)));
            Order o = sink.orders.get(0);
            assertThat(o.symbol()).isEqualTo(Symbol.of("TOMO3L", "USDT"));
            assertThat(o.status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(o.type()).isEqualTo(OrderType.MARKET);
            assertThat(o.price()).isNull();
            assertThat(o.averageFillPrice()).isNull();
            assertThat(o.clientOrderId()).isEmpty();
            assertThat(o.exchangeTimestampMillis()).as("createTime when no sendTime").isEqualTo(42);
        }

        @Test
        @DisplayName("PrivateDealsV3Api → own trade with fee, maker flag and ids")
        void deal() {
            push(ProtoWriter.message().string(1, "spot@private.deals.v3.api.pb").string(3, "BTCUSDT").int64(6, 5)
                    .message(306, ProtoWriter.message().string(1, "97000.1").string(2, "0.2").string(3, "19400.02")
                            .int64(4, 1).bool(5, true).bool(6, false).string(7, "505979017439002624X1")
                            .string(8, "my-1").string(9, "C02__505979017439002624115").string(10, "0.0002")
                            .string(11, "BTC").int64(12, 1_736_417_034_280L)));
            assertThat(sink.trades).containsExactly(new OwnTrade(Configs.MEXC, MarketType.SPOT, BTC,
                    "505979017439002624X1", "C02__505979017439002624115", Side.BUY, Decimal.parse("97000.1"),
                    Decimal.parse("0.2"), Decimal.parse("0.0002"), "BTC", Liquidity.MAKER, 1_736_417_034_280L, RN,
                    false));
        }

        @Test
        @DisplayName("PrivateAccountV3Api → balance after the change: free, frozen, their sum")
        void account() {
            push(ProtoWriter.message().string(1, "spot@private.account.v3.api.pb").int64(5, 1).int64(6, 2)
                    .message(307, ProtoWriter.message().string(1, "USDT").string(2, "128f589271cb4951b03e71e6323eb7be")
                            .string(3, "21.94210356").string(4, "0.0009151").string(5, "0.5")
                            .string(6, "0").string(7, "CONTRACT_TRANSFER").int64(8, 1_736_417_034_281L)));
            assertThat(sink.balances).containsExactly(new Balance(Configs.MEXC, MarketType.SPOT, "USDT",
                    Decimal.parse("21.94210356"), Decimal.parse("0.5"), Decimal.parse("22.44210356"),
                    1_736_417_034_281L, RN, false));
        }

        @Test
        @DisplayName("other bodies are unknown; broken frames and unresolvable symbols are protocol errors")
        void unknownAndMalformed() {
            push(ProtoWriter.message().string(3, "BTCUSDT").message(314, ProtoWriter.message()));
            protocol.onBinary(ByteBuffer.wrap(ProtoWriter.hex("0A 09 61")), RN, sink);
            push(ProtoWriter.message().string(3, "ZZZ").message(304, ProtoWriter.message().int64(8, 1).int64(15, 1)));
            push(ProtoWriter.message().string(3, "BTCUSDT").message(304, ProtoWriter.message().int64(8, 1)
                    .int64(15, 9)));
            assertThat(sink.unknown).isEqualTo(1);
            assertThat(sink.errors).hasSize(3);
            assertThat(sink.orders).isEmpty();
        }

        @Test
        @DisplayName("an order or deal push whose wrapper names no symbol is a protocol error, not an order")
        void pushWithoutSymbol() {
            push(ProtoWriter.message().string(1, "spot@private.orders.v3.api.pb").int64(6, 1)
                    .message(304, ProtoWriter.message().string(1, "X").int64(8, 1).int64(15, 1)));
            push(ProtoWriter.message().string(1, "spot@private.deals.v3.api.pb").int64(6, 1)
                    .message(306, ProtoWriter.message().string(1, "1").string(2, "1").int64(4, 1)));
            assertThat(sink.errors).hasSize(2).allSatisfy(e ->
                    assertThat(e).hasMessageContaining("private push without symbol"));
            assertThat(sink.orders).isEmpty();
            assertThat(sink.trades).isEmpty();
        }
    }
}
