package io.exwire.mexc.trading;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.TimeInForce;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.Hmac;
import io.exwire.testkit.sinks.RecordingPrivateSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class MexcFuturesPrivateProtocolTest {

    static final long RN = 1_700_000_000_000_000_000L;
    static final Symbol CRV = Symbol.of("CRV", "USDT");

    final MexcFuturesPrivateProtocol protocol = new MexcFuturesPrivateProtocol(
            new FuturesSigner("mx0aBYs33eIilxBW5C", "45d0b3c26f2644f19bfb98b07741b2f5"),
            Configs.of(MarketType.FUTURES, Map.of()));
    final RecordingPrivateSink sink = new RecordingPrivateSink();

    void text(String frame) {
        protocol.onText(frame, RN, sink);
    }

    @Test
    @DisplayName("the opening request is a signed login (HMAC of apiKey + reqTime) that authenticates")
    void login() {
        List<OpeningRequest> requests = protocol.openingRequests(() -> 9, 1657186536762L);
        assertThat(requests).containsExactly(new OpeningRequest(9, "{\"method\":\"login\",\"param\":{"
                + "\"apiKey\":\"mx0aBYs33eIilxBW5C\",\"reqTime\":\"1657186536762\",\"signature\":"
                + "\"bfc6b00fdc5841511f4e678cf12bb01f48c38c756b54e349ce9fe12439573dba\"}}", true));
        assertThat(Hmac.sha256Hex("45d0b3c26f2644f19bfb98b07741b2f5", "mx0aBYs33eIilxBW5C1657186536762"))
                .isEqualTo("bfc6b00fdc5841511f4e678cf12bb01f48c38c756b54e349ce9fe12439573dba");
        URI endpoint = URI.create("wss://contract.mexc.com/edge");
        assertThat(protocol.prepare(endpoint)).isEqualTo(endpoint);
        assertThat(protocol.ping(1, 0)).isEqualTo("{\"method\":\"ping\"}");
    }

    @Test
    @DisplayName("rs.login success acknowledges the login; pong is a pong")
    void loginAccepted() {
        protocol.openingRequests(() -> 3, 1);
        text("{\"channel\":\"rs.login\",\"data\":\"success\",\"ts\":\"1587442022003\"}");
        text("{\"channel\":\"pong\",\"data\":1587453241453}");
        assertThat(sink.acks).containsExactly(3);
        assertThat(sink.pongs).isEqualTo(1);
    }

    @Test
    @DisplayName("rs.error while the login is pending refuses it with AuthenticationException")
    void loginRefused() {
        protocol.openingRequests(() -> 4, 1);
        text("{\"channel\":\"rs.error\",\"data\":\"Authentication failed!\",\"ts\":1}");
        assertThat(sink.rejections).hasSize(1);
        assertThat(sink.rejections.get(0).requestId()).isEqualTo(4);
        assertThat(sink.rejections.get(0).error()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Authentication failed!");
    }

    @Test
    @DisplayName("the 60 s no-ping error asks for a reconnect; other channels are unknown")
    void otherControl() {
        text("{\"channel\":\"rs.error\",\"data\":\"more than 60 seconds no response, close the channel\"}");
        text("{\"channel\":\"push.personal.adl.level\",\"data\":{\"adlLevel\":0,\"positionId\":1397818},\"ts\":1}");
        text("{\"channel\":\"push.personal.risk.limit\",\"data\":{\"symbol\":\"BTC_USDT\"},\"ts\":1}");
        assertThat(sink.reconnects).hasSize(1);
        assertThat(sink.unknown).isEqualTo(2);
    }

    @Test
    @DisplayName("push.personal.order (documentation sample): close long = SELL, market, completed, string id")
    void order() {
        text("{\"channel\":\"push.personal.order\",\"data\":{\"category\":1,\"createTime\":1610005069976,"
                + "\"dealAvgPrice\":0.731,\"dealVol\":1,\"errorCode\":0,\"externalOid\":\"_m_95bc2b72d3784bce\","
                + "\"feeCurrency\":\"USDT\",\"leverage\":0,\"makerFee\":0,\"openType\":1,"
                + "\"orderId\":\"102067003631907840\",\"orderMargin\":0,\"orderType\":5,\"positionId\":1397818,"
                + "\"price\":0.707,\"profit\":-0.0005,\"remainVol\":0,\"side\":4,\"state\":3,\"symbol\":\"CRV_USDT\","
                + "\"takerFee\":0.00004386,\"updateTime\":1610005069983,\"usedMargin\":0,\"version\":2,\"vol\":1,"
                + "\"positionType\":\"long\"},\"ts\":1610005069989}");
        assertThat(sink.orders).containsExactly(new Order(Configs.MEXC, MarketType.FUTURES, CRV, "102067003631907840",
                "_m_95bc2b72d3784bce", Side.SELL, OrderType.MARKET, TimeInForce.IOC, null, Decimal.ofLong(1),
                Decimal.ofLong(1), Decimal.parse("0.731"), OrderStatus.FILLED, 1610005069983L, RN, false));
    }

    @Test
    @DisplayName("order states: uncompleted with fills is PARTIALLY_FILLED, invalid is REJECTED; numeric ids")
    void orderStates() {
        text("{\"channel\":\"push.personal.order\",\"data\":{\"orderId\":102067003631907841,\"symbol\":\"CRV_USDT\","
                + "\"price\":0.7,\"vol\":5,\"side\":1,\"orderType\":2,\"dealVol\":2,\"dealAvgPrice\":0.7,\"state\":2},"
                + "\"ts\":77}");
        text("{\"channel\":\"push.personal.order\",\"data\":{\"orderId\":1,\"symbol\":\"CRV_USDT\",\"price\":0.7,"
                + "\"vol\":5,\"side\":3,\"orderType\":1,\"dealVol\":0,\"state\":5},\"ts\":78}");
        assertThat(sink.orders).extracting(Order::status)
                .containsExactly(OrderStatus.PARTIALLY_FILLED, OrderStatus.REJECTED);
        assertThat(sink.orders.get(0).orderId()).isEqualTo("102067003631907841");
        assertThat(sink.orders.get(0).timeInForce()).isEqualTo(TimeInForce.POST_ONLY);
        assertThat(sink.orders.get(0).exchangeTimestampMillis()).as("envelope ts when no updateTime").isEqualTo(77);
        assertThat(sink.orders.get(1).side()).isEqualTo(Side.SELL);
    }

    @Test
    @DisplayName("push.personal.order.deal: live 'taker' key, fee, ids")
    void deal() {
        text("{\"channel\":\"push.personal.order.deal\",\"data\":{\"category\":1,\"externalOid\":\"e\","
                + "\"fee\":0.00004386,\"feeCurrency\":\"USDT\",\"id\":\"16435741160\",\"isSelf\":false,"
                + "\"orderId\":\"102067003631907840\",\"positionMode\":1,\"price\":0.731,\"profit\":-0.0005,"
                + "\"side\":4,\"symbol\":\"CRV_USDT\",\"taker\":true,\"timestamp\":1610005069983,\"vol\":1},"
                + "\"ts\":1610005069989}");
        assertThat(sink.trades).containsExactly(new OwnTrade(Configs.MEXC, MarketType.FUTURES, CRV, "16435741160",
                "102067003631907840", Side.SELL, Decimal.parse("0.731"), Decimal.ofLong(1),
                Decimal.parse("0.00004386"), "USDT", Liquidity.TAKER, 1610005069983L, RN, false));
    }

    @Test
    @DisplayName("push.personal.position: a closed position (state 3, holdVol 0) is FLAT without entry price")
    void position() {
        text("{\"channel\":\"push.personal.position\",\"data\":{\"autoAddIm\":false,\"closeAvgPrice\":0.731,"
                + "\"closeVol\":1,\"frozenVol\":0,\"holdAvgPrice\":0.736,\"holdFee\":0,\"holdVol\":0,\"im\":0,"
                + "\"leverage\":15,\"liquidatePrice\":0,\"oim\":0,\"openAvgPrice\":0.736,\"openType\":1,"
                + "\"positionId\":1397818,\"positionType\":1,\"realised\":-0.0005,\"state\":3,"
                + "\"symbol\":\"CRV_USDT\"},\"ts\":1610005070157}");
        text("{\"channel\":\"push.personal.position\",\"data\":{\"holdAvgPrice\":0.736,\"holdVol\":4,\"leverage\":15,"
                + "\"positionType\":2,\"state\":1,\"symbol\":\"CRV_USDT\",\"updateTime\":1610005070200},\"ts\":1}");
        assertThat(sink.positions).containsExactly(
                new Position(Configs.MEXC, MarketType.FUTURES, CRV, PositionSide.FLAT, Decimal.ZERO, null,
                        Decimal.ofLong(15), null, 1610005070157L, RN, false),
                new Position(Configs.MEXC, MarketType.FUTURES, CRV, PositionSide.SHORT, Decimal.ofLong(4),
                        Decimal.parse("0.736"), Decimal.ofLong(15), null, 1610005070200L, RN, false));
    }

    @Test
    @DisplayName("push.personal.asset: available, locked = frozen + position margin, total")
    void asset() {
        text("{\"channel\":\"push.personal.asset\",\"data\":{\"availableBalance\":0.7514236,\"bonus\":0,"
                + "\"currency\":\"USDT\",\"frozenBalance\":0.1,\"positionMargin\":0.2},\"ts\":1610005070083}");
        assertThat(sink.balances).containsExactly(new Balance(Configs.MEXC, MarketType.FUTURES, "USDT",
                Decimal.parse("0.7514236"), Decimal.parse("0.3"), Decimal.parse("1.0514236"), 1610005070083L, RN,
                false));
    }

    @Test
    @DisplayName("malformed frames and unknown enum codes are protocol errors; gzip frames are inflated")
    void malformedAndGzip() throws IOException {
        text("{\"channel\":\"push.personal.order\",\"data\":{");
        text("{\"channel\":\"push.personal.order\",\"data\":{\"orderId\":1,\"symbol\":\"CRV_USDT\",\"side\":9,"
                + "\"state\":1},\"ts\":1}");
        text("{\"channel\":\"push.personal.position\",\"data\":{\"holdVol\":1,\"positionType\":\"sideways\","
                + "\"symbol\":\"CRV_USDT\"},\"ts\":1}");
        assertThat(sink.errors).hasSize(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("{\"channel\":\"pong\",\"data\":1}".getBytes(StandardCharsets.UTF_8));
        }
        protocol.onBinary(ByteBuffer.wrap(out.toByteArray()), RN, sink);
        protocol.onBinary(ByteBuffer.wrap(new byte[]{0x0A}), RN, sink);
        assertThat(sink.pongs).isEqualTo(1);
        assertThat(sink.unknown).isEqualTo(1);
    }
}
