package io.exwire.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.exwire.core.Exchanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The CLI is the reference example: it uses exwire exactly as an application would. */
@Timeout(60)
class ArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.exwire.cli");

    @Test
    void usesOnlyTheApiAndExchangesAndTheTestkitForItsDemo() {
        classes().that().resideInAPackage("io.exwire.cli..")
                .should().onlyDependOnClassesThat(or(
                        resideInAnyPackage("java..", "io.exwire.api..", "io.exwire.cli..", "io.exwire.testkit.."),
                        equivalentTo(Exchanges.class)))
                .check(CLI);
    }

    @Test
    void onlyTheDemoUsesTheTestkit() {
        noClasses().that().resideOutsideOfPackage("io.exwire.cli.demo..")
                .should().dependOnClassesThat().resideInAPackage("io.exwire.testkit..")
                .check(CLI);
    }

    @Test
    void neverNamesAVenueAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.exwire.gateio..", "io.exwire.mexc..",
                "io.exwire.spi..").check(CLI);
    }
}
