package io.exwire.architecture.quality;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage gate, run by the {@code coverage-gate} profile of architecture-tests ({@code -Dexwire.coverage.check=true})
 * at {@code verify}, after JaCoCo's {@code report-aggregate}. Not a regular test (its name matches no Surefire include):
 * it needs the aggregated report of a run that executed the modules' tests. Thresholds and critical sets come from
 * system properties set in architecture-tests/pom.xml.
 */
class CoverageGateCheck {

    @Test
    void lineCoverageMeetsTheGate() throws Exception {
        Path report = Path.of(System.getProperty("exwire.coverage.report"));
        assertThat(report).as("aggregated JaCoCo report (run verify with the modules in the reactor)").exists();
        CoverageGate gate = new CoverageGate(
                Double.parseDouble(System.getProperty("exwire.coverage.overall")),
                Double.parseDouble(System.getProperty("exwire.coverage.critical")),
                Arrays.stream(System.getProperty("exwire.coverage.criticalPackages").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Pattern.compile(System.getProperty("exwire.coverage.criticalClasses")));

        CoverageGate.Result result = gate.evaluate(report);
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < result.measured().size(); i++) {
            figures.put("line." + i, result.measured().get(i));
        }
        figures.put("failures", String.valueOf(result.failures().size()));
        Reactor.publish("coverage", figures);
        Files.writeString(Path.of("target", "quality", "coverage-failures.txt"), String.join("\n", result.failures()));

        assertThat(result.failures()).as("coverage below the gate").isEmpty();
    }
}
