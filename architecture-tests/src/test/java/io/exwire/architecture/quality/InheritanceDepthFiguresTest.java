package io.exwire.architecture.quality;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.exwire.architecture.CodeSourceModuleFacts;
import io.exwire.architecture.ExwireRules;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inheritance figure of docs/QUALITY.md: for every production class implementing a Base* websocket port, how many
 * classes deep it sits below the port (core's base = 1, a venue class = 2). Writes
 * {@code target/quality/inheritance.properties}. The limit itself is the rule
 * {@code websocketHierarchyIsPortThenCoreBaseThenVenue}.
 */
class InheritanceDepthFiguresTest {

    private static final List<String> PORTS = List.of("io.exwire.api.marketdata.BasePublicWebsocket",
            "io.exwire.api.trading.BasePrivateWebsocket");

    @Test
    void measuresHowDeepWebsocketClassesSitBelowThePorts() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.exwire");
        var implementations = production.stream()
                .filter(new ExwireRules("io.exwire", CodeSourceModuleFacts.INSTANCE).implementWebsocketPort())
                .filter(c -> !c.isInterface())
                .filter(c -> !c.getPackageName().startsWith("io.exwire.testkit"))
                .toList();

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("implementations", String.valueOf(implementations.size()));
        Optional<JavaClass> deepest = implementations.stream().max(Comparator.comparingInt(this::depth));
        figures.put("depth.max", deepest.map(c -> depth(c) + " (" + c.getName() + ")").orElse("none"));
        implementations.stream().sorted(Comparator.comparing(JavaClass::getName))
                .forEach(c -> figures.put("depth." + c.getName(), String.valueOf(depth(c))));
        Reactor.publish("inheritance", figures);

        assertThat(implementations).extracting(JavaClass::getName).contains(
                "io.exwire.core.marketdata.PublicSpotWebsocket", "io.exwire.core.marketdata.PublicFuturesWebsocket",
                "io.exwire.core.trading.PrivateSpotWebsocket", "io.exwire.core.trading.PrivateFuturesWebsocket");
        assertThat(implementations).allSatisfy(c -> assertThat(depth(c)).isPositive());
    }

    /** Classes in the chain from {@code c} up to the one that implements the port itself, {@code c} included. */
    private int depth(JavaClass c) {
        int depth = 0;
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent() && implementsAPort(k.get());
                k = k.get().getRawSuperclass()) {
            depth++;
        }
        return depth;
    }

    private static boolean implementsAPort(JavaClass c) {
        return PORTS.stream().anyMatch(c::isAssignableTo);
    }
}
