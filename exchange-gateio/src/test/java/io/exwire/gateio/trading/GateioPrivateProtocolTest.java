package io.exwire.gateio.trading;

import io.exwire.testkit.sinks.RecordingPrivateSink;

import io.exwire.api.exception.AuthenticationException;
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
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.TimeInForce;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.gateio.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class GateioPrivateProtocolTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");
    static final long RECEIVED = 42L;
    static final Credentials CREDENTIALS = Credentials.of("my-key", "test-secret");

    private final RecordingPrivateSink sink = new RecordingPrivateSink();

    private static GateioPrivateProtocol spot() {
        return new GateioPrivateProtocol(MarketType.SPOT, CREDENTIALS, () -> {
            throw new AssertionError("spot needs no user id");
        });
    }

    private static GateioPrivateProtocol futures(Credentials credentials, AtomicInteger lookups) {
        return new GateioPrivateProtocol(MarketType.FUTURES, credentials, () -> {
            lookups.incrementAndGet();
            return "1667201533";
        });
    }

    private void feed(GateioPrivateProtocol p, String file, String name) {
        p.onText(Fixtures.frame(file, name), RECEIVED, sink);
    }

    @Test
    @DisplayName("spot opening: orders, usertrades (!all) and balances (no payload), each signed exactly")
    void spotOpening() {
        AtomicInteger ids = new AtomicInteger(100);
        List<OpeningRequest> requests = spot().openingRequests(ids::incrementAndGet, 1_700_000_000_500L);
        assertThat(requests).extracting(OpeningRequest::requestId).containsExactly(101, 102, 103);
        assertThat(requests).allMatch(OpeningRequest::authenticates);
        assertThat(requests.get(0).frame()).isEqualTo("{\"time\":1700000000,\"id\":101,\"channel\":\"spot.orders\","
                + "\"event\":\"subscribe\",\"payload\":[\"!all\"],\"auth\":{\"method\":\"api_key\",\"KEY\":\"my-key\","
                + "\"SIGN\":\"48c67de39ba434f1c9dc1e664cb9e13b32b42f10356e65405b79ee975e5c1fdecd7277bc4b7603bc67ff8d4f0"
                + "99362ac4313b90e176d749e5c79d721ebaa96e6\"}}");
        assertThat(requests.get(1).frame()).contains("\"channel\":\"spot.usertrades\"", "\"payload\":[\"!all\"]");
        assertThat(requests.get(2).frame()).contains("\"channel\":\"spot.balances\"").doesNotContain("payload")
                .contains("\"SIGN\":\"" + new GateioSigner("test-secret").websocket("spot.balances", "subscribe",
                        1700000000L) + "\"");
    }

    @Test
    @DisplayName("futures opening: [uid, \"!all\"] payloads with the uid fetched once over REST in prepare")
    void futuresOpeningFetchesUid() {
        AtomicInteger lookups = new AtomicInteger();
        GateioPrivateProtocol p = futures(CREDENTIALS, lookups);
        URI endpoint = URI.create("ws://127.0.0.1:1/v4/ws/usdt");
        assertThat(p.prepare(endpoint)).isEqualTo(endpoint);
        p.prepare(endpoint);
        AtomicInteger ids = new AtomicInteger();
        List<OpeningRequest> requests = p.openingRequests(ids::incrementAndGet, 1_700_000_000_000L);
        assertThat(lookups).hasValue(1);
        assertThat(requests).extracting(OpeningRequest::frame).satisfiesExactly(
                f -> assertThat(f).contains("\"channel\":\"futures.orders\"", "\"payload\":[\"1667201533\",\"!all\"]",
                        "\"SIGN\":\"081976e62cb3405ccc8ce3019105504d3464507ea3685e0dac51b3456459aefbb5e276b3b4adcc540f1"
                                + "a387258a2c2f4a944a589ebec651a42d9ac561cb8b278\""),
                f -> assertThat(f).contains("\"channel\":\"futures.usertrades\"", "[\"1667201533\",\"!all\"]"),
                f -> assertThat(f).contains("\"channel\":\"futures.positions\"", "[\"1667201533\",\"!all\"]"),
                f -> assertThat(f).contains("\"channel\":\"futures.balances\"", "\"payload\":[\"1667201533\"]"));
    }

    @Test
    @DisplayName("futures opening uses Credentials.accountId() without any REST lookup")
    void futuresUidFromCredentials() {
        AtomicInteger lookups = new AtomicInteger();
        GateioPrivateProtocol p = futures(CREDENTIALS.withAccountId("777"), lookups);
        p.prepare(URI.create("ws://127.0.0.1:1/"));
        assertThat(p.openingRequests(() -> 1, 1_700_000_000_000L).get(0).frame()).contains("[\"777\",\"!all\"]");
        assertThat(lookups).hasValue(0);
    }

    @Test
    @DisplayName("pings: spot.ping / futures.ping in seconds")
    void ping() {
        assertThat(spot().ping(3, 1_700_000_000_999L))
                .isEqualTo("{\"time\":1700000000,\"id\":3,\"channel\":\"spot.ping\"}");
    }

    @Test
    @DisplayName("answers: success acknowledged; auth failures (code 4, or labels in the text) are AuthenticationException")
    void answers() {
        GateioPrivateProtocol p = spot();
        for (String name : List.of("ack_ok", "auth_code4", "auth_code2_text", "expired", "other")) {
            feed(p, "private.control.json", name);
        }
        assertThat(sink.acks).containsExactly(1);
        assertThat(rejection(sink, 2)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("INVALID_KEY").hasMessageNotContaining("my-key");
        assertThat(rejection(sink, 3)).isInstanceOf(AuthenticationException.class);
        assertThat(rejection(sink, 4)).isInstanceOf(AuthenticationException.class);
        assertThat(rejection(sink, 5)).isExactlyInstanceOf(SubscriptionRejectedException.class);
    }

    @Test
    @DisplayName("spot.orders put: string id, t- client id, open NEW limit, ms timestamps")
    void spotOrderPut() {
        feed(spot(), "spot.orders.json", "put");
        assertThat(sink.orders).singleElement().satisfies(o -> {
            assertThat(o.symbol()).isEqualTo(BTC);
            assertThat(o.orderId()).isEqualTo("399123456");
            assertThat(o.clientOrderId()).isEqualTo("my-order-1");
            assertThat(o.side()).isEqualTo(Side.SELL);
            assertThat(o.type()).isEqualTo(OrderType.LIMIT);
            assertThat(o.timeInForce()).isEqualTo(TimeInForce.GTC);
            assertThat(o.price()).isEqualTo(Decimal.parse("26253.3"));
            assertThat(o.size()).isEqualTo(Decimal.parse("0.0001"));
            assertThat(o.filledSize().isZero()).isTrue();
            assertThat(o.averageFillPrice()).isNull();
            assertThat(o.status()).isEqualTo(OrderStatus.NEW);
            assertThat(o.exchangeTimestampMillis()).isEqualTo(1694655225315L);
            assertThat(o.receiveTimestampNanos()).isEqualTo(RECEIVED);
            assertThat(o.reconciled()).isFalse();
        });
    }

    @Test
    @DisplayName("spot.orders statuses: partial, filled market, post-only refused, cancelled with fills")
    void spotOrderStatuses() {
        feed(spot(), "spot.orders.json", "partial_then_finish");
        assertThat(sink.orders).extracting(Order::status).containsExactly(OrderStatus.PARTIALLY_FILLED,
                OrderStatus.FILLED, OrderStatus.REJECTED, OrderStatus.CANCELED);
        Order partial = sink.orders.get(0);
        assertThat(partial.symbol()).isEqualTo(ETH);
        assertThat(partial.clientOrderId()).isEmpty();
        assertThat(partial.timeInForce()).isEqualTo(TimeInForce.POST_ONLY);
        assertThat(partial.filledSize()).isEqualTo(Decimal.parse("1.5"));
        assertThat(partial.averageFillPrice()).isEqualTo(Decimal.parse("1599.5"));
        assertThat(partial.exchangeTimestampMillis()).isEqualTo(1694655226001L);
        assertThat(sink.orders.get(1).type()).isEqualTo(OrderType.MARKET);
        assertThat(sink.orders.get(1).price()).isNull();
        assertThat(sink.orders.get(3).filledSize()).isEqualTo(Decimal.parse("0.6"));
    }

    @Test
    @DisplayName("spot.usertrades: fill with fee, role and fractional-ms time")
    void spotFill() {
        feed(spot(), "spot.usertrades.json", "fill");
        assertThat(sink.trades).containsExactly(new OwnTrade(io.exwire.api.model.ExchangeId.of("gateio"),
                MarketType.SPOT, BTC, "5736713", "30784428", Side.SELL, Decimal.parse("10000"), Decimal.parse("1"),
                Decimal.parse("0.002"), "USDT", Liquidity.TAKER, 1605176741123L, RECEIVED, false));
    }

    @Test
    @DisplayName("spot.balances: available, freeze as locked, total; currency upper-cased")
    void spotBalances() {
        feed(spot(), "spot.balances.json", "change");
        assertThat(sink.balances).hasSize(2);
        Balance usdt = sink.balances.get(0);
        assertThat(usdt.asset()).isEqualTo("USDT");
        assertThat(usdt.available()).isEqualTo(Decimal.parse("222244.3827"));
        assertThat(usdt.locked()).isEqualTo(Decimal.parse("5"));
        assertThat(usdt.total()).isEqualTo(Decimal.parse("222244.3827652"));
        assertThat(usdt.exchangeTimestampMillis()).isEqualTo(1667556323730L);
        assertThat(sink.balances.get(1).asset()).isEqualTo("BTC");
    }

    @Test
    @DisplayName("futures.orders: id beyond 2^53 kept exact, signed sizes made absolute, _new is open")
    void futuresOrderBigId() {
        feed(futures(CREDENTIALS, new AtomicInteger()), "futures.orders.json", "open_big_id");
        Order o = sink.orders.get(0);
        assertThat(o.orderId()).isEqualTo("63936681298765432");
        assertThat(o.side()).isEqualTo(Side.SELL);
        assertThat(o.size()).isEqualTo(Decimal.ofLong(3));
        assertThat(o.filledSize().isZero()).isTrue();
        assertThat(o.status()).isEqualTo(OrderStatus.NEW);
        assertThat(o.clientOrderId()).isEqualTo("abc123");
        assertThat(o.price()).isEqualTo(Decimal.parse("40000.4"));
        assertThat(o.averageFillPrice()).isNull();
        assertThat(o.exchangeTimestampMillis()).isEqualTo(1628736847400L);
    }

    @Test
    @DisplayName("futures.orders finished: decimal sizes, market (price 0 + ioc), numeric id text without id_string")
    void futuresOrdersFinished() {
        feed(futures(CREDENTIALS, new AtomicInteger()), "futures.orders.json", "finished_decimal");
        Order market = sink.orders.get(0);
        assertThat(market.orderId()).isEqualTo("9007199254740993");
        assertThat(market.type()).isEqualTo(OrderType.MARKET);
        assertThat(market.price()).isNull();
        assertThat(market.side()).isEqualTo(Side.BUY);
        assertThat(market.filledSize()).isEqualTo(Decimal.parse("1.5"));
        assertThat(market.averageFillPrice()).isEqualTo(Decimal.parse("40001"));
        assertThat(market.status()).isEqualTo(OrderStatus.FILLED);
        Order cancelled = sink.orders.get(1);
        assertThat(cancelled.size()).isEqualTo(Decimal.parse("2.5"));
        assertThat(cancelled.filledSize()).isEqualTo(Decimal.parse("2.0"));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    @DisplayName("futures.usertrades: string id, signed decimal size, numeric fee in the settle currency")
    void futuresFill() {
        feed(futures(CREDENTIALS, new AtomicInteger()), "futures.usertrades.json", "fill");
        OwnTrade t = sink.trades.get(0);
        assertThat(t.tradeId()).isEqualTo("3335259");
        assertThat(t.orderId()).isEqualTo("4872460");
        assertThat(t.side()).isEqualTo(Side.SELL);
        assertThat(t.size()).isEqualTo(Decimal.parse("0.5"));
        assertThat(t.fee()).isEqualTo(Decimal.parse("0.0009290592"));
        assertThat(t.feeAsset()).isEqualTo("USDT");
        assertThat(t.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(t.exchangeTimestampMillis()).isEqualTo(1628736848321L);
    }

    @Test
    @DisplayName("futures.positions: signed decimal size, cross leverage 0 as null, closed position FLAT")
    void futuresPositions() {
        feed(futures(CREDENTIALS, new AtomicInteger()), "futures.positions.json", "update");
        Position shortPos = sink.positions.get(0);
        assertThat(shortPos.side()).isEqualTo(PositionSide.SHORT);
        assertThat(shortPos.size()).isEqualTo(Decimal.parse("3.5"));
        assertThat(shortPos.entryPrice()).isEqualTo(Decimal.parse("40000.36666661111"));
        assertThat(shortPos.leverage()).isNull();
        assertThat(shortPos.exchangeTimestampMillis()).isEqualTo(1628736848321L);
        Position flat = sink.positions.get(1);
        assertThat(flat.symbol()).isEqualTo(ETH);
        assertThat(flat.side()).isEqualTo(PositionSide.FLAT);
        assertThat(flat.entryPrice()).isNull();
        assertThat(flat.leverage()).isEqualTo(Decimal.ofLong(10));
    }

    @Test
    @DisplayName("futures.balances: the balance is the total; no available amount is sent")
    void futuresBalance() {
        feed(futures(CREDENTIALS, new AtomicInteger()), "futures.balances.json", "change");
        Balance b = sink.balances.get(0);
        assertThat(b.asset()).isEqualTo("USDT");
        assertThat(b.total()).isEqualTo(Decimal.parse("9.998739899488"));
        assertThat(b.available()).isNull();
        assertThat(b.exchangeTimestampMillis()).isEqualTo(1547199246123L);
    }

    @Test
    @DisplayName("a malformed item is reported and the other items of the push are still delivered")
    void malformedItem() {
        spot().onText("{\"channel\":\"spot.balances\",\"event\":\"update\",\"result\":[{\"currency\":\"USDT\"},"
                + "{\"currency\":\"BTC\",\"available\":\"1\",\"freeze\":\"0\",\"total\":\"1\"}]}", RECEIVED, sink);
        assertThat(sink.errors).hasSize(1);
        assertThat(sink.balances).extracting(Balance::asset).containsExactly("BTC");
    }

    @Test
    @DisplayName("pong, upgrade notice, unknown channel and malformed frames")
    void control() {
        GateioPrivateProtocol p = spot();
        p.onText("{\"time\":1,\"channel\":\"spot.pong\",\"event\":\"\",\"result\":null}", RECEIVED, sink);
        p.onText("{\"type\":\"upgrade\",\"msg\":\"restart\",\"data\":{}}", RECEIVED, sink);
        p.onText("{\"time\":1,\"channel\":\"spot.cross_balances\",\"event\":\"update\",\"result\":[]}", RECEIVED, sink);
        p.onText("{\"channel\":", RECEIVED, sink);
        assertThat(sink.pongs).isEqualTo(1);
        assertThat(sink.reconnects).hasSize(1);
        assertThat(sink.unknown).isEqualTo(1);
        assertThat(sink.errors).hasSize(1);
    }

    private static io.exwire.api.exception.ExwireException rejection(RecordingPrivateSink sink, int requestId) {
        return sink.rejections.stream().filter(r -> r.requestId() == requestId)
                .map(RecordingPrivateSink.Rejection::error).findFirst().orElse(null);
    }
}
