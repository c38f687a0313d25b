package io.exwire.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;
import io.exwire.cli.control.ExitCodes;
import io.exwire.testkit.VenueSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code exwire stream} against the testkit simulators, through the CLI's in-process entry point. */
@Timeout(90)
class StreamE2ETest {

    private static final Duration EXIT = Duration.ofSeconds(60);

    private VenueSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.exwire.cli.e2e.Venues#all")
    void jsonlCarriesExactlyMaxEventsWithTheDocumentedFields(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 11);
        simulator.stream(400);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", venue, "--market", Venues.lower(market),
                "--symbols", "BTC/USDT,ETH/USDT", "--channels", "book,trades,bbo", "--book-depth", "5",
                "--ws-url", simulator.websocketUri().toString(), "--rest-url", simulator.restUri().toString(),
                "--format", "jsonl", "--max-events", "300", "--duration", "45s");

        assertThat(run.awaitExit(EXIT)).as("exit; stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = run.jsonLines();
        lines.forEach(line -> assertCommon(line, venue, market));
        List<JsonNode> data = lines.stream().filter(l -> Set.of("trade", "bbo", "book").contains(type(l))).toList();
        assertThat(data).hasSize(300);
        assertThat(data.stream().map(StreamE2ETest::type).collect(Collectors.toSet())).contains("trade", "bbo");
        data.forEach(StreamE2ETest::assertMarketEvent);
        assertThat(lines.stream().filter(l -> type(l).equals("state")).map(l -> l.get("state").asText()))
                .contains("subscribed");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.exwire.cli.e2e.Venues#all")
    void booksAreCutToTheRequestedDepthBestFirstAfterTheyAreLive(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 16);
        simulator.stream(400);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", venue, "--market", Venues.lower(market),
                "--symbols", "ETH/USDT", "--channels", "book", "--book-depth", "5",
                "--ws-url", simulator.websocketUri().toString(), "--rest-url", simulator.restUri().toString(),
                "--format", "jsonl", "--max-events", "30", "--duration", "45s");

        assertThat(run.awaitExit(EXIT)).as("exit; stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = run.jsonLines();
        lines.forEach(line -> assertCommon(line, venue, market));
        List<JsonNode> books = lines.stream().filter(l -> type(l).equals("book")).toList();
        assertThat(books).hasSize(30).allSatisfy(StreamE2ETest::assertMarketEvent);
        List<String> types = lines.stream().map(StreamE2ETest::type).toList();
        assertThat(types).contains("resynced");
        assertThat(types.indexOf("resynced")).isLessThan(types.indexOf("book"));
    }

    @Test
    void tradesCarryIdsPricesSizesAndSides() {
        simulator = Venues.start("gateio", MarketType.SPOT, 12);
        simulator.stream(400);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", "gateio", "--market", "spot",
                "--symbols", "BTC/USDT", "--channels", "trades",
                "--ws-url", simulator.websocketUri().toString(), "--rest-url", simulator.restUri().toString(),
                "--format", "jsonl", "--max-events", "20", "--duration", "45s");

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> trades = run.jsonLines().stream().filter(l -> type(l).equals("trade")).toList();
        assertThat(trades).hasSize(20);
        for (JsonNode t : trades) {
            assertThat(t.get("symbol").asText()).isEqualTo("BTC/USDT");
            assertThat(t.get("tradeId").asText()).isNotBlank();
            assertThat(t.get("side").asText()).isIn("buy", "sell");
            Venues.assertPlainDecimal("price", t.get("price").asText());
            Venues.assertPlainDecimal("size", t.get("size").asText());
            assertThat(new BigDecimal(t.get("size").asText())).isPositive();
        }
    }

    @Test
    void tickers() {
        simulator = Venues.start("gateio", MarketType.FUTURES, 13);
        simulator.stream(400);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", "gateio", "--market", "futures",
                "--symbols", "BTC/USDT", "--channels", "ticker",
                "--ws-url", simulator.websocketUri().toString(), "--rest-url", simulator.restUri().toString(),
                "--format", "jsonl", "--max-events", "2", "--duration", "45s");

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> tickers = run.jsonLines().stream().filter(l -> type(l).equals("ticker")).toList();
        assertThat(tickers).hasSize(2);
        for (JsonNode t : tickers) {
            assertThat(t.get("symbol").asText()).isEqualTo("BTC/USDT");
            Venues.assertPlainDecimal("last", t.get("last").asText());
            t.fieldNames().forEachRemaining(name -> {
                if (Set.of("bid", "ask", "high24h", "low24h", "volume24h", "changePct24h").contains(name)) {
                    Venues.assertPlainDecimal(name, t.get(name).asText());
                }
            });
        }
    }

    @Test
    void tableSnapshotsWhenStdoutIsNotATerminal() {
        simulator = Venues.start("gateio", MarketType.SPOT, 14);
        simulator.stream(200);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", "gateio", "--market", "spot",
                "--symbols", "BTC/USDT,ETH/USDT", "--ws-url", simulator.websocketUri().toString(),
                "--rest-url", simulator.restUri().toString(), "--duration", "2s");

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        String table = run.stdout();
        assertThat(table).doesNotContain("\u001b[").contains("exwire stream gateio spot", "VENUE", "SYMBOL", "BID",
                "ASK", "LAST", "DEPTH", "MSG/S", "P50", "P99", "STATE");
        assertThat(table.lines().filter(l -> l.startsWith("gateio ") && l.contains("BTC/USDT")).toList())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("subscribed").containsPattern("\\d+\\.\\d+"));
    }

    @Test
    void unknownSymbolIsAUsageError() {
        simulator = Venues.start("gateio", MarketType.SPOT, 15);

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", "gateio", "--market", "spot",
                "--symbols", "DOGE/USDT", "--ws-url", simulator.websocketUri().toString(),
                "--rest-url", simulator.restUri().toString(), "--format", "jsonl", "--duration", "20s");

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("DOGE");
        run.jsonLines();
    }

    @Test
    void nothingListeningExitsWith4() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.start(Map.of(), "stream", "--venue", "gateio", "--market", "spot",
                "--symbols", "BTC/USDT", "--ws-url", "ws://127.0.0.1:" + port + "/ws/v4/",
                "--rest-url", "http://127.0.0.1:" + port, "--format", "jsonl", "--duration", "60s");

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.CONNECTION);
        assertThat(run.stderr()).startsWith("exwire: could not connect");
        if (!run.stdout().isEmpty()) {
            run.jsonLines().forEach(line -> assertThat(type(line)).isIn("state", "error", "gap"));
        }
    }

    private static void assertCommon(JsonNode line, String venue, MarketType market) {
        assertThat(Venues.TYPES).contains(type(line));
        assertThat(line.get("venue").asText()).isEqualTo(venue);
        assertThat(line.get("market").asText()).isEqualTo(Venues.lower(market));
        assertThat(line.get("receiveTs").isIntegralNumber()).as("receiveTs of %s", line).isTrue();
        assertThat(line.get("receiveTs").asLong()).as("receiveTs of %s", line).isGreaterThan(1_600_000_000_000_000_000L);
    }

    private static void assertMarketEvent(JsonNode line) {
        assertThat(line.get("symbol").asText()).isIn("BTC/USDT", "ETH/USDT");
        if (line.has("exchangeTs")) {
            assertThat(line.get("exchangeTs").asLong()).isGreaterThan(1_600_000_000_000L);
        }
        switch (type(line)) {
            case "book" -> assertBook(line);
            case "bbo" -> List.of("bidPrice", "bidSize", "askPrice", "askSize")
                    .forEach(f -> Venues.assertPlainDecimal(f, line.get(f).asText()));
            default -> List.of("price", "size").forEach(f -> Venues.assertPlainDecimal(f, line.get(f).asText()));
        }
    }

    private static void assertBook(JsonNode book) {
        assertThat(book.get("sequence").isIntegralNumber()).isTrue();
        assertLevels(book.get("bids"), -1);
        assertLevels(book.get("asks"), 1);
    }

    /** At most 5 levels of ["price","size"], strictly ordered best first ({@code direction} -1: descending). */
    private static void assertLevels(JsonNode levels, int direction) {
        assertThat(levels.isArray()).isTrue();
        assertThat(levels.size()).isBetween(1, 5);
        BigDecimal previous = null;
        for (JsonNode level : levels) {
            assertThat(level.size()).isEqualTo(2);
            Venues.assertPlainDecimal("price", level.get(0).asText());
            Venues.assertPlainDecimal("size", level.get(1).asText());
            BigDecimal price = new BigDecimal(level.get(0).asText());
            if (previous != null) {
                assertThat(price.compareTo(previous)).isEqualTo(direction);
            }
            previous = price;
        }
    }

    private static String type(JsonNode line) {
        return line.get("type").asText();
    }
}
