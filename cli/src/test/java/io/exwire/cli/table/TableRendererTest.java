package io.exwire.cli.table;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.metrics.LatencySummary;
import io.exwire.api.metrics.MetricsSnapshot;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.TimeInForce;
import io.exwire.cli.jsonl.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class TableRendererTest {

    private static final ExchangeId GATEIO = ExchangeId.of("gateio");
    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final Symbol ETH = Symbol.of("ETH", "USDT");
    private static final long SECOND = 1_000_000_000L;

    private final Board board = new Board("exwire test");
    private final MarketGroup group = board.add(new MarketGroup(GATEIO, MarketType.SPOT, List.of(BTC, ETH)));
    private final AccountPanel panel = board.add(new AccountPanel(GATEIO, MarketType.FUTURES));
    private final TableRenderer renderer = new TableRenderer(board, 0);

    @Test
    void marketRowsShowQuoteLastTradeDepthRateLatencyAndState() {
        TableMarketSink sink = new TableMarketSink(group);
        sink.attach(() -> metrics(38_000, 1_250_000));
        sink.state(new ConnectionStateChange(GATEIO, MarketType.SPOT, 1, ConnectionState.CONNECTED,
                ConnectionState.SUBSCRIBED, "", 0));
        sink.book(new Views.Book(new long[][] {{600000, 1}, {599990, 2}, {599980, 3}}, new long[][] {{600010, 4}},
                1, 4, 7, 0, 1));
        for (int i = 0; i < 9; i++) {
            sink.trade(new Views.Trade(i, 6000010, 2, 5, 4, Side.BUY, 0, 1));
        }

        List<String> lines = renderer.render(2 * SECOND);

        assertThat(lines.get(0)).isEqualTo("exwire test   up 00:00:02");
        String btc = row(lines, "BTC/USDT");
        assertThat(btc.split(" +")).containsExactly("gateio", "spot", "BTC/USDT", "60000", "60001", "60000.1", "buy",
                "3x1", "5", "38us", "1.3ms", "subscribed");
        assertThat(row(lines, "ETH/USDT").split(" +")).containsExactly("gateio", "spot", "ETH/USDT", "-", "-", "-",
                "-", "0", "38us", "1.3ms", "subscribed");
    }

    @Test
    void ratesNeedHalfASecondOfWindow() {
        MarketRow row = group.row(BTC);
        for (int i = 0; i < 10; i++) {
            row.trade(1, 0, Side.SELL);
        }
        assertThat(row(renderer.render(SECOND), "BTC/USDT")).contains(" 10 ");

        row.trade(1, 0, Side.SELL);

        assertThat(row(renderer.render(SECOND + SECOND / 100), "BTC/USDT")).as("previous rate kept").contains(" 10 ");
        assertThat(row(renderer.render(2 * SECOND), "BTC/USDT")).contains(" 1 ");
    }

    @Test
    void tickerFillsQuoteAndLastOnlyWithoutStreamedOnes() {
        MarketRow row = group.row(ETH);
        row.ticker(new io.exwire.api.marketdata.Ticker(GATEIO, MarketType.SPOT, ETH, Decimal.parse("3000.5"),
                Decimal.parse("3000.4"), Decimal.parse("3000.6"), null, null, null, null, 0, 1));
        assertThat(row.view()).isEqualTo(new MarketRow.RowView("ETH/USDT", "3000.4", "3000.6", "3000.5", "-", 1));

        row.quote(30001, 1, 30003, 1);
        row.ticker(new io.exwire.api.marketdata.Ticker(GATEIO, MarketType.SPOT, ETH, Decimal.parse("2999"),
                Decimal.parse("2998"), Decimal.parse("2999.5"), null, null, null, null, 0, 1));

        assertThat(row.view()).isEqualTo(new MarketRow.RowView("ETH/USDT", "3000.1", "3000.3", "2999", "-", 3));
    }

    @Test
    void accountPanelShowsOpenOrdersFillsRecentBalancesAndPositions() {
        TableAccountSink sink = new TableAccountSink(panel);
        sink.state(new ConnectionStateChange(GATEIO, MarketType.FUTURES, 1, ConnectionState.AUTHENTICATED,
                ConnectionState.SUBSCRIBED, "", 0));
        sink.order(order("1", OrderStatus.NEW));
        sink.order(order("2", OrderStatus.NEW));
        sink.order(order("1", OrderStatus.FILLED));
        sink.balance(balance("BTC", "1", "1"));
        sink.balance(balance("USDT", "900.5", "1"));
        sink.balance(balance("ETH", "0", "0"));
        sink.balance(new Balance(GATEIO, MarketType.FUTURES, "SOL", null, null, Decimal.parse("3"), 0, 1, false));
        sink.position(new Position(GATEIO, MarketType.FUTURES, BTC, PositionSide.SHORT, Decimal.parse("2"),
                Decimal.parse("60000.5"), null, null, 0, 1, false));
        sink.position(new Position(GATEIO, MarketType.FUTURES, ETH, PositionSide.FLAT, Decimal.ZERO, null, null,
                null, 0, 1, false));

        String account = row(renderer.render(SECOND), "subscribed   ");

        assertThat(account).startsWith("gateio futures subscribed").contains("      1      0  ")
                .contains("SOL 3, USDT 900.5 (1 locked), BTC 1 (1 locked)")
                .endsWith("BTC/USDT short 2 @60000.5");
    }

    @Test
    void footerCountsErrorsAndGapsAndShowsTheLastErrorAndActivity() {
        group.status().error(new ProtocolException("bad frame"));
        group.status().gap();
        board.activity("first");
        board.activity("second");

        List<String> lines = renderer.render(SECOND);

        assertThat(lines).contains("errors 1   gaps 1", "last error: ProtocolException: bad frame",
                "recent activity:", "  second", "  first");
    }

    @Test
    void plainScreenAppendsSnapshotsAndAnsiScreenRedrawsInPlace() {
        ByteArrayOutputStream plainBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream ansiBytes = new ByteArrayOutputStream();
        try (Screen plain = Screen.of(new PrintStream(plainBytes, true, StandardCharsets.UTF_8), false);
             Screen ansi = Screen.of(new PrintStream(ansiBytes, true, StandardCharsets.UTF_8), true)) {
            plain.show(List.of("a  ", "b"));
            plain.show(List.of("c"));
            ansi.show(List.of("a", "b"));
            ansi.show(List.of("c"));
        }

        assertThat(plainBytes.toString(StandardCharsets.UTF_8)).isEqualTo("a\nb\n\nc\n\n");
        String esc = "\u001b[";
        assertThat(ansiBytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                esc + "?25l" + esc + "2J" + esc + "H" + "a" + esc + "K\nb" + esc + "K\n" + esc + "J"
                        + esc + "H" + "c" + esc + "K\n" + esc + "J" + esc + "?25h");
    }

    @Test
    void cells() {
        assertThat(Cells.latency(850)).isEqualTo("850ns");
        assertThat(Cells.latency(38_400)).isEqualTo("38us");
        assertThat(Cells.latency(1_250_000)).isEqualTo("1.3ms");
        assertThat(Cells.latency(2_500_000_000L)).isEqualTo("2.5s");
        assertThat(Cells.left("abcdef", 4)).isEqualTo("abc~");
        assertThat(Cells.right("ab", 4)).isEqualTo("  ab");
        assertThat(Cells.uptime(3_725)).isEqualTo("01:02:05");
        assertThat(Cells.decimal(-1230, 3)).isEqualTo("-1.23");
    }

    private static Order order(String id, OrderStatus status) {
        return new Order(GATEIO, MarketType.FUTURES, BTC, id, "", Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                Decimal.parse("1"), Decimal.parse("1"), Decimal.ZERO, null, status, 0, 1, false);
    }

    private static Balance balance(String asset, String available, String locked) {
        return new Balance(GATEIO, MarketType.FUTURES, asset, Decimal.parse(available), Decimal.parse(locked), null,
                0, 1, false);
    }

    private static MetricsSnapshot metrics(long p50, long p99) {
        LatencySummary latency = new LatencySummary(100, p50, p99, p99, p99);
        return new MetricsSnapshot(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, LatencySummary.EMPTY, latency, Map.of());
    }

    private static String row(List<String> lines, String containing) {
        return lines.stream().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in " + lines));
    }
}
