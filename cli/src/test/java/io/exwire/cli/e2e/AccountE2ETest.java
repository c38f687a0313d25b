package io.exwire.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.cli.control.ExitCodes;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.VenueSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code exwire account} against the testkit simulators: events, credentials, exit codes, no secret leaks. */
@Timeout(90)
class AccountE2ETest {

    private static final Duration EXIT = Duration.ofSeconds(60);
    private static final String SUBSCRIBED = "\"state\":\"subscribed\"";
    private static final String KEY = "cli-e2e-key";
    private static final String SECRET = "cli-e2e-secret-9f8e7d6c5b4a";
    private static final String USER_ID = "424242";

    private VenueSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.exwire.cli.e2e.Venues#all")
    void reconciledStateThenPushedOrdersAsJsonLines(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 21);
        SimulatedAccount account = simulator.addAccount(KEY, SECRET, USER_ID);

        CliRun run = CliRun.start(credentials(SECRET), args(venue, market, "--user-id", USER_ID, "--duration", "4s"));
        run.awaitStdout(SUBSCRIBED, EXIT);
        Decimal price = Venues.bestBid(simulator, Venues.BTC);
        String orderId = account.placeLimit(Venues.BTC, Side.BUY, price, Venues.smallSize(market));
        run.awaitStdout("\"orderId\":\"" + orderId + "\"", EXIT);

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = run.jsonLines();
        lines.forEach(line -> assertCommon(line, venue, market));
        JsonNode order = lines.stream().filter(l -> type(l).equals("order") && !l.has("reconciled")).findFirst()
                .orElseThrow(() -> new AssertionError("no pushed order line in " + run.stdout()));
        assertThat(order.get("orderId").asText()).isEqualTo(orderId);
        assertThat(order.get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(order.get("side").asText()).isEqualTo("buy");
        assertThat(order.get("orderType").asText()).isEqualTo("limit");
        assertThat(order.get("status").asText()).isEqualTo("new");
        assertThat(order.get("price").asText()).isEqualTo(price.toString());
        assertThat(order.get("size").asText()).isEqualTo(Venues.smallSize(market).toString());
        Venues.assertPlainDecimal("filledSize", order.get("filledSize").asText());
        assertThat(lines.stream().filter(l -> type(l).equals("balance") && l.has("reconciled")))
                .as("the account's balances, reconciled over REST on connect").isNotEmpty()
                .allSatisfy(b -> Venues.assertPlainDecimal("available", b.get("available").asText()));
        assertNoSecret(run);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.exwire.cli.e2e.Venues#all")
    void maxEventsCountsPushedEventsOnly(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 25);
        SimulatedAccount account = simulator.addAccount(KEY, SECRET, USER_ID);

        CliRun run = CliRun.start(credentials(SECRET), args(venue, market, "--user-id", USER_ID, "--max-events", "3"));
        run.awaitStdout(SUBSCRIBED, EXIT);
        for (int i = 0; i < 10 && !run.hasExited(); i++) {
            String orderId = account.placeLimit(Venues.BTC, Side.BUY, Venues.bestBid(simulator, Venues.BTC),
                    Venues.smallSize(market));
            run.awaitStdoutOrExit("\"orderId\":\"" + orderId + "\"", EXIT);
        }

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> pushed = run.jsonLines().stream()
                .filter(l -> List.of("order", "ownTrade", "balance", "position").contains(type(l)))
                .filter(l -> !l.has("reconciled")).toList();
        assertThat(pushed).hasSize(3);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("futures")
    void fillsShowAsOwnTradesFilledOrdersAndPositions(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 22);
        SimulatedAccount account = simulator.addAccount(KEY, SECRET, USER_ID);

        CliRun run = CliRun.start(credentials(SECRET), args(venue, market, "--user-id", USER_ID, "--duration", "5s"));
        run.awaitStdout(SUBSCRIBED, EXIT);
        String orderId = account.placeLimit(Venues.BTC, Side.SELL, bestAsk(), Decimal.parse("2"));
        account.fill(orderId, Decimal.parse("2"));
        run.awaitStdout("\"type\":\"ownTrade\"", EXIT);
        run.awaitStdout("\"type\":\"position\"", EXIT);

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = run.jsonLines();
        JsonNode fill = lines.stream().filter(l -> type(l).equals("ownTrade")).findFirst().orElseThrow();
        assertThat(fill.get("orderId").asText()).isEqualTo(orderId);
        assertThat(fill.get("side").asText()).isEqualTo("sell");
        assertThat(fill.get("size").asText()).isEqualTo("2");
        Venues.assertPlainDecimal("price", fill.get("price").asText());
        JsonNode position = lines.stream().filter(l -> type(l).equals("position") && !l.has("reconciled"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(position.get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(position.get("side").asText()).isEqualTo("short");
        assertThat(position.get("size").asText()).isEqualTo("2");
        assertThat(lines.stream().filter(l -> type(l).equals("order") && l.get("orderId").asText().equals(orderId))
                .map(l -> l.get("status").asText())).contains("filled");
        assertNoSecret(run);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.exwire.cli.e2e.Venues#all")
    void wrongSecretExitsWith3WithoutPrintingEitherSecret(String venue, MarketType market) {
        simulator = Venues.start(venue, market, 23);
        simulator.addAccount(KEY, SECRET, USER_ID);
        String wrong = "wrong-secret-0a1b2c3d4e5f";

        CliRun run = CliRun.start(credentials(wrong), args(venue, market, "--user-id", USER_ID, "--duration", "30s"));

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(run.stderr()).startsWith("exwire: authentication failed");
        assertNoSecret(run);
        assertThat(run.stdout()).doesNotContain(wrong);
        assertThat(run.stderr()).doesNotContain(wrong);
        if (!run.stdout().isEmpty()) {
            run.jsonLines().forEach(line -> assertThat(type(line)).isIn("state", "error", "gap"));
        }
    }

    @Test
    void gateioFuturesLooksTheUserIdUpWhenNotGiven() {
        simulator = Venues.start("gateio", MarketType.FUTURES, 24);
        SimulatedAccount account = simulator.addAccount(KEY, SECRET, USER_ID);

        CliRun run = CliRun.start(credentials(SECRET), args("gateio", MarketType.FUTURES, "--duration", "4s"));
        run.awaitStdout(SUBSCRIBED, EXIT);
        String orderId = account.placeLimit(Venues.BTC, Side.BUY, Venues.bestBid(simulator, Venues.BTC),
                Decimal.parse("1"));
        run.awaitStdout("\"orderId\":\"" + orderId + "\"", EXIT);

        assertThat(run.awaitExit(EXIT)).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        assertNoSecret(run);
    }

    static List<org.junit.jupiter.params.provider.Arguments> futures() {
        return Venues.all().filter(a -> a.get()[1] == MarketType.FUTURES).toList();
    }

    private Decimal bestAsk() {
        List<PriceLevel> asks = simulator.book(Venues.BTC, 1).asks();
        assertThat(asks).isNotEmpty();
        return asks.get(0).price();
    }

    private String[] args(String venue, MarketType market, String... more) {
        List<String> args = new ArrayList<>(List.of("account", "--venue", venue, "--market", Venues.lower(market),
                "--ws-url", simulator.websocketUri().toString(), "--rest-url", simulator.restUri().toString(),
                "--format", "jsonl"));
        args.addAll(List.of(more));
        if (!args.contains("--duration")) {
            args.addAll(List.of("--duration", "45s"));
        }
        return args.toArray(String[]::new);
    }

    private Map<String, String> credentials(String secret) {
        return Map.of("EXWIRE_API_KEY", KEY, "EXWIRE_API_SECRET", secret);
    }

    private void assertNoSecret(CliRun run) {
        assertThat(run.stdout()).doesNotContain(SECRET);
        assertThat(run.stderr()).doesNotContain(SECRET);
    }

    private static void assertCommon(JsonNode line, String venue, MarketType market) {
        assertThat(Venues.TYPES).contains(type(line));
        assertThat(line.get("venue").asText()).isEqualTo(venue);
        assertThat(line.get("market").asText()).isEqualTo(Venues.lower(market));
        assertThat(line.get("receiveTs").isIntegralNumber()).isTrue();
    }

    private static String type(JsonNode line) {
        return line.get("type").asText();
    }
}
