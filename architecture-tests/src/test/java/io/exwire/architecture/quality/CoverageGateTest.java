package io.exwire.architecture.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage gate's arithmetic on a small JaCoCo report: it passes, and it fails for each reason it should. */
class CoverageGateTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
            <report name="aggregate">
              <group name="exwire-core">
                <package name="io/exwire/core/connection">
                  <class name="io/exwire/core/connection/ManagedConnection"><counter type="LINE" missed="1" covered="99"/></class>
                  <counter type="LINE" missed="1" covered="99"/>
                </package>
              </group>
              <group name="exwire-exchange-gateio">
                <package name="io/exwire/gateio/marketdata">
                  <class name="io/exwire/gateio/marketdata/TradeDecoder"><counter type="LINE" missed="2" covered="48"/></class>
                  <class name="io/exwire/gateio/marketdata/TradeDecoder$Field"><counter type="LINE" missed="2" covered="8"/></class>
                  <class name="io/exwire/gateio/marketdata/Channels"><counter type="LINE" missed="40" covered="0"/></class>
                  <counter type="LINE" missed="44" covered="56"/>
                </package>
              </group>
              <counter type="INSTRUCTION" missed="0" covered="1"/>
              <counter type="LINE" missed="45" covered="155"/>
            </report>
            """;

    @Test
    void passesWhenEveryFigureMeetsItsMinimum(@TempDir Path dir) throws Exception {
        CoverageGate gate = new CoverageGate(0.75, 0.90, List.of("io.exwire.core.connection"),
                Pattern.compile("io\\.exwire\\.gateio\\..*Decoder"));
        CoverageGate.Result result = gate.evaluate(write(dir));
        assertThat(result.passed()).as(String.join("\n", result.failures())).isTrue();
        assertThat(result.measured()).hasSize(3)
                .anyMatch(l -> l.startsWith("overall") && l.contains("77.50%"))
                .anyMatch(l -> l.startsWith("class io.exwire.gateio.marketdata.TradeDecoder") && l.contains("93.33%"));
    }

    @Test
    void failsOnOverallCriticalPackageCriticalClassAndMissingPackage(@TempDir Path dir) throws Exception {
        CoverageGate gate = new CoverageGate(0.85, 0.95, List.of("io.exwire.core.connection",
                "io.exwire.core.subscription"), Pattern.compile("io\\.exwire\\.gateio\\..*Decoder"));
        CoverageGate.Result result = gate.evaluate(write(dir));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).hasSize(3)
                .anyMatch(f -> f.startsWith("overall"))
                .anyMatch(f -> f.contains("io.exwire.core.subscription has no classes"))
                .anyMatch(f -> f.startsWith("class io.exwire.gateio.marketdata.TradeDecoder"));
    }

    private static Path write(Path dir) throws Exception {
        return Files.writeString(dir.resolve("jacoco.xml"), REPORT);
    }
}
