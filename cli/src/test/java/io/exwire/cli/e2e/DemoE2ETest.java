package io.exwire.cli.e2e;

import io.exwire.cli.control.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code exwire demo} end to end: four simulators, eight websockets, account activity, plain snapshots. */
@Timeout(120)
class DemoE2ETest {

    @Test
    void demoRunsForItsDurationAndPrintsPlainSnapshotsOfEveryVenueMarket() {
        CliRun run = CliRun.start(Map.of(), "demo", "--duration", "8s", "--seed", "3");

        assertThat(run.awaitExit(Duration.ofSeconds(90))).as("stderr: %s", run.stderr()).isEqualTo(ExitCodes.OK);
        String out = run.stdout();
        assertThat(out).doesNotContain("\u001b[").contains("exwire demo", "seed 3", "ACCOUNT", "BALANCES",
                "recent activity:", "REST placeOrder");
        String last = out.substring(out.lastIndexOf("exwire demo"));
        for (String venue : List.of("gateio", "mexc")) {
            for (String market : List.of("spot", "futures")) {
                List<String> rows = last.lines()
                        .filter(l -> l.startsWith(String.format("%-7s%-8s", venue, market))).toList();
                assertThat(rows).as("%s %s rows in%n%s", venue, market, last).hasSizeGreaterThanOrEqualTo(4)
                        .allSatisfy(row -> assertThat(row).contains("subscribed"));
                assertThat(rows.stream().filter(r -> r.contains("BTC/USDT")).findFirst().orElseThrow())
                        .containsPattern("\\d+\\.\\d+");
            }
        }
        assertThat(last).contains("USDT ");
        assertThat(run.stderr()).doesNotContain("Exception");
    }
}
