package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production rules' selectors really select production code, so that a renamed package cannot make a rule pass
 * by checking nothing (ArchUnit's failOnEmptyShould only catches a selection that is entirely empty).
 */
class ProductionSelectorsTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new ProductionArchitectureTest.ExcludeTestkit())
            .importPackages(ProductionArchitectureTest.ROOT);

    @Test
    void theHotPathCoversCodecDispatchWireAndDecoders() {
        var hot = PRODUCTION.stream().filter(ProductionArchitectureTest.RULES.hotPath()).map(JavaClass::getName).toList();
        assertThat(hot).contains("io.exwire.core.codec.JsonCursor")
                .anyMatch(n -> n.startsWith("io.exwire.core.dispatch."))
                .anyMatch(n -> n.startsWith("io.exwire.gateio.wire."))
                .anyMatch(n -> n.startsWith("io.exwire.mexc.wire."))
                .anyMatch(n -> n.startsWith("io.exwire.gateio.") && n.endsWith("Decoder"))
                .anyMatch(n -> n.startsWith("io.exwire.mexc.") && n.endsWith("Decoder"))
                .noneMatch(n -> n.startsWith("io.exwire.core.rest."))
                .noneMatch(n -> n.startsWith("io.exwire.api."));
    }

    @Test
    void theWebsocketRulesSeeCoreBasesAndVenueClasses() {
        var websockets = PRODUCTION.stream().filter(ProductionArchitectureTest.RULES.implementWebsocketPort())
                .map(JavaClass::getName).toList();
        assertThat(websockets).contains("io.exwire.core.marketdata.PublicSpotWebsocket",
                        "io.exwire.core.trading.PrivateFuturesWebsocket")
                .anyMatch(n -> n.startsWith("io.exwire.gateio."))
                .anyMatch(n -> n.startsWith("io.exwire.mexc."));
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"io.exwire.api", "io.exwire.spi", "io.exwire.core", "io.exwire.gateio",
                "io.exwire.mexc", "io.exwire.cli"}) {
            assertThat(PRODUCTION.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .noneMatch(p -> p.startsWith("io.exwire.testkit") || p.startsWith("io.exwire.archfixtures"));
    }
}
