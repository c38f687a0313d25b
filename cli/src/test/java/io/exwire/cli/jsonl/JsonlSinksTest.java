package io.exwire.cli.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.exwire.cli.jsonl.Views.BTC;
import static io.exwire.cli.jsonl.Views.GATEIO;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class JsonlSinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExchangeId MEXC = ExchangeId.of("mexc");
    private static final long RECEIVED = 1_700_000_000_123_456_789L;
    private static final long SENT = 1_700_000_000_120L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonlOutput output = new JsonlOutput(new PrintStream(bytes, false, StandardCharsets.UTF_8));
    private final JsonlMarketSink spot = new JsonlMarketSink(output, GATEIO, MarketType.SPOT, 2);
    private final JsonlMarketSink futures = new JsonlMarketSink(output, GATEIO, MarketType.FUTURES, 2);
    private final JsonlAccountSink account = new JsonlAccountSink(output, MEXC, MarketType.FUTURES);

    @Test
    void tradeLineIsExactlyAsDocumented() {
        spot.trade(new Views.Trade(123456789012L, 600001, 1, 25, 4, Side.SELL, SENT, RECEIVED));

        assertThat(text()).isEqualTo("{\"type\":\"trade\",\"venue\":\"gateio\",\"market\":\"spot\",\"symbol\":\"BTC/USDT\","
                + "\"tradeId\":\"123456789012\",\"price\":\"60000.1\",\"size\":\"0.0025\",\"side\":\"sell\","
                + "\"exchangeTs\":1700000000120,\"receiveTs\":1700000000123456789}\n");
    }

    @Test
    void tradeWithoutIdOrVenueTimestampOmitsThem() throws Exception {
        spot.trade(new Views.Trade(TradeView.NO_TRADE_ID, 1500, 2, 3, 0, Side.BUY, 0, RECEIVED));

        JsonNode t = only();
        assertThat(t.has("tradeId")).isFalse();
        assertThat(t.has("exchangeTs")).isFalse();
        assertThat(t.get("price").asText()).isEqualTo("15");
        assertThat(t.get("size").asText()).isEqualTo("3");
        assertThat(t.get("side").asText()).isEqualTo("buy");
        assertThat(t.get("receiveTs").asLong()).isEqualTo(RECEIVED);
    }

    @Test
    void bbo() throws Exception {
        futures.bbo(new Views.Quote(600000, 1, 12, 0, 600001, 1, 1500, 3, SENT, RECEIVED));

        JsonNode q = only();
        assertCommon(q, "bbo", "gateio", "futures");
        assertThat(q.get("bidPrice").asText()).isEqualTo("60000");
        assertThat(q.get("bidSize").asText()).isEqualTo("12");
        assertThat(q.get("askPrice").asText()).isEqualTo("60000.1");
        assertThat(q.get("askSize").asText()).isEqualTo("1.5");
        assertThat(q.get("exchangeTs").asLong()).isEqualTo(SENT);
    }

    @Test
    void bookIsCutToTheRequestedDepthBestFirst() throws Exception {
        long[][] bids = {{600000, 100}, {599990, 2500}, {599980, 1}};
        long[][] asks = {{600010, 50000}};
        spot.book(new Views.Book(bids, asks, 1, 4, 987654321L, SENT, RECEIVED));

        JsonNode b = only();
        assertCommon(b, "book", "gateio", "spot");
        assertThat(b.get("bids").toString()).isEqualTo("[[\"60000\",\"0.01\"],[\"59999\",\"0.25\"]]");
        assertThat(b.get("asks").toString()).isEqualTo("[[\"60001\",\"5\"]]");
        assertThat(b.get("sequence").asLong()).isEqualTo(987654321L);
    }

    @Test
    void tickerOmitsWhatTheVenueDidNotSend() throws Exception {
        spot.ticker(new Ticker(GATEIO, MarketType.SPOT, BTC, Decimal.parse("60000.10"), null, null,
                Decimal.parse("61000"), Decimal.parse("59000.5"), Decimal.parse("1234.5670"), Decimal.parse("-1.25"),
                SENT, RECEIVED));

        JsonNode t = only();
        assertCommon(t, "ticker", "gateio", "spot");
        assertThat(t.get("last").asText()).isEqualTo("60000.1");
        assertThat(t.has("bid")).isFalse();
        assertThat(t.has("ask")).isFalse();
        assertThat(t.get("high24h").asText()).isEqualTo("61000");
        assertThat(t.get("low24h").asText()).isEqualTo("59000.5");
        assertThat(t.get("volume24h").asText()).isEqualTo("1234.567");
        assertThat(t.get("changePct24h").asText()).isEqualTo("-1.25");
    }

    @Test
    void order() throws Exception {
        account.order(new Order(MEXC, MarketType.FUTURES, BTC, "700000000000000001", "my\"id", Side.BUY,
                OrderType.LIMIT, TimeInForce.POST_ONLY, Decimal.parse("59000.0"), Decimal.parse("10"),
                Decimal.parse("4.000"), Decimal.parse("59000"), OrderStatus.PARTIALLY_FILLED, SENT, RECEIVED,
                false));

        JsonNode o = only();
        assertCommon(o, "order", "mexc", "futures");
        assertThat(o.get("orderId").asText()).isEqualTo("700000000000000001");
        assertThat(o.get("clientOrderId").asText()).isEqualTo("my\"id");
        assertThat(o.get("side").asText()).isEqualTo("buy");
        assertThat(o.get("orderType").asText()).isEqualTo("limit");
        assertThat(o.get("timeInForce").asText()).isEqualTo("post_only");
        assertThat(o.get("price").asText()).isEqualTo("59000");
        assertThat(o.get("size").asText()).isEqualTo("10");
        assertThat(o.get("filledSize").asText()).isEqualTo("4");
        assertThat(o.get("averagePrice").asText()).isEqualTo("59000");
        assertThat(o.get("status").asText()).isEqualTo("partially_filled");
        assertThat(o.has("reconciled")).isFalse();
    }

    @Test
    void reconciledMarketOrderWithoutClientIdOrPrice() throws Exception {
        account.order(new Order(MEXC, MarketType.FUTURES, BTC, "1", "", Side.SELL, OrderType.MARKET, null, null,
                Decimal.parse("2"), Decimal.parse("2"), null, OrderStatus.FILLED, 0, RECEIVED, true));

        JsonNode o = only();
        assertThat(o.has("clientOrderId")).isFalse();
        assertThat(o.has("price")).isFalse();
        assertThat(o.has("timeInForce")).isFalse();
        assertThat(o.has("exchangeTs")).isFalse();
        assertThat(o.get("orderType").asText()).isEqualTo("market");
        assertThat(o.get("status").asText()).isEqualTo("filled");
        assertThat(o.get("reconciled").asBoolean()).isTrue();
    }

    @Test
    void ownTrade() throws Exception {
        account.ownTrade(new OwnTrade(MEXC, MarketType.FUTURES, BTC, "t-9", "700", Side.SELL, Decimal.parse("60000.5"),
                Decimal.parse("3"), Decimal.parse("-0.0120"), "USDT", Liquidity.MAKER, SENT, RECEIVED, false));

        JsonNode t = only();
        assertCommon(t, "ownTrade", "mexc", "futures");
        assertThat(t.get("tradeId").asText()).isEqualTo("t-9");
        assertThat(t.get("orderId").asText()).isEqualTo("700");
        assertThat(t.get("price").asText()).isEqualTo("60000.5");
        assertThat(t.get("size").asText()).isEqualTo("3");
        assertThat(t.get("side").asText()).isEqualTo("sell");
        assertThat(t.get("fee").asText()).isEqualTo("-0.012");
        assertThat(t.get("feeAsset").asText()).isEqualTo("USDT");
        assertThat(t.get("liquidity").asText()).isEqualTo("maker");
    }

    @Test
    void balanceHasNoSymbol() throws Exception {
        account.balance(new Balance(MEXC, MarketType.FUTURES, "USDT", Decimal.parse("999950.50"),
                Decimal.parse("49.5"), null, SENT, RECEIVED, false));

        JsonNode b = only();
        assertThat(b.get("type").asText()).isEqualTo("balance");
        assertThat(b.has("symbol")).isFalse();
        assertThat(b.get("asset").asText()).isEqualTo("USDT");
        assertThat(b.get("available").asText()).isEqualTo("999950.5");
        assertThat(b.get("locked").asText()).isEqualTo("49.5");
        assertThat(b.has("total")).isFalse();
    }

    @Test
    void position() throws Exception {
        account.position(new Position(MEXC, MarketType.FUTURES, BTC, PositionSide.SHORT, Decimal.parse("7"),
                Decimal.parse("60010.00"), Decimal.parse("20"), Decimal.parse("-3.5"), SENT, RECEIVED, false));

        JsonNode p = only();
        assertCommon(p, "position", "mexc", "futures");
        assertThat(p.get("side").asText()).isEqualTo("short");
        assertThat(p.get("size").asText()).isEqualTo("7");
        assertThat(p.get("entryPrice").asText()).isEqualTo("60010");
        assertThat(p.get("leverage").asText()).isEqualTo("20");
        assertThat(p.get("unrealizedPnl").asText()).isEqualTo("-3.5");
    }

    @Test
    void stateCarriesTheTransitionTime() throws Exception {
        spot.state(new ConnectionStateChange(GATEIO, MarketType.SPOT, 3, ConnectionState.CONNECTED,
                ConnectionState.SUBSCRIBED, "", 1_700_000_000_500L));
        account.state(new ConnectionStateChange(MEXC, MarketType.FUTURES, 0, ConnectionState.SUBSCRIBED,
                ConnectionState.RECONNECTING, "liveness timeout", 1_700_000_000_600L));

        List<JsonNode> lines = lines();
        assertThat(lines.get(0).get("state").asText()).isEqualTo("subscribed");
        assertThat(lines.get(0).get("from").asText()).isEqualTo("connected");
        assertThat(lines.get(0).get("connectionId").asInt()).isEqualTo(3);
        assertThat(lines.get(0).has("reason")).isFalse();
        assertThat(lines.get(0).get("receiveTs").asLong()).isEqualTo(1_700_000_000_500_000_000L);
        assertThat(lines.get(1).get("venue").asText()).isEqualTo("mexc");
        assertThat(lines.get(1).get("state").asText()).isEqualTo("reconnecting");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("liveness timeout");
    }

    @Test
    void bookGapResyncedAndStreamGap() throws Exception {
        spot.bookGap(new BookGap(BTC, 101, 103, "sequence gap"));
        spot.resynced(new BookResynced(BTC, 250));
        account.streamGap(new StreamGap(MEXC, MarketType.FUTURES, 0, "reconnect", SENT, SENT + 900));

        List<JsonNode> lines = lines();
        assertCommon(lines.get(0), "gap", "gateio", "spot");
        assertThat(lines.get(0).get("expected").asLong()).isEqualTo(101);
        assertThat(lines.get(0).get("received").asLong()).isEqualTo(103);
        assertThat(lines.get(0).get("reason").asText()).isEqualTo("sequence gap");
        assertCommon(lines.get(1), "resynced", "gateio", "spot");
        assertThat(lines.get(1).get("sequence").asLong()).isEqualTo(250);
        assertThat(lines.get(2).get("type").asText()).isEqualTo("gap");
        assertThat(lines.get(2).has("symbol")).isFalse();
        assertThat(lines.get(2).get("reason").asText()).isEqualTo("reconnect");
        assertThat(lines.get(2).get("fromTs").asLong()).isEqualTo(SENT);
        assertThat(lines.get(2).get("toTs").asLong()).isEqualTo(SENT + 900);
        assertThat(lines.get(2).get("receiveTs").asLong()).isPositive();
    }

    @Test
    void errorNamesTheExceptionClassAndEscapesTheMessage() throws Exception {
        futures.error(new ProtocolException("bad frame: {\"x\":\n1}"));
        account.error(new ConnectionLostException("connection reset"));

        List<JsonNode> lines = lines();
        assertThat(lines.get(0).get("errorType").asText()).isEqualTo("ProtocolException");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("bad frame: {\"x\":\n1}");
        assertThat(lines.get(1).get("errorType").asText()).isEqualTo("ConnectionLostException");
        assertThat(lines.get(1).get("market").asText()).isEqualTo("futures");
    }

    @Test
    void nothingIsWrittenAfterClose() {
        output.close();

        spot.trade(new Views.Trade(1, 1, 0, 1, 0, Side.BUY, SENT, RECEIVED));

        assertThat(text()).isEmpty();
    }

    private static void assertCommon(JsonNode node, String type, String venue, String market) {
        assertThat(node.get("type").asText()).isEqualTo(type);
        assertThat(node.get("venue").asText()).isEqualTo(venue);
        assertThat(node.get("market").asText()).isEqualTo(market);
        assertThat(node.get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(node.get("receiveTs").isIntegralNumber()).isTrue();
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private JsonNode only() throws Exception {
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private List<JsonNode> lines() throws Exception {
        String text = text();
        assertThat(text).endsWith("\n");
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
