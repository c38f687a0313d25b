package io.exwire.mexc;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module's layering rules, checked on the compiled main classes. */
@AnalyzeClasses(packages = "io.exwire.mexc", importOptions = ImportOption.DoNotIncludeTests.class)
class MexcArchitectureTest {

    /** Public market data and private trading are separate domains: neither may reach into the other. */
    @ArchTest
    static final ArchRule MARKETDATA_DOES_NOT_USE_TRADING = noClasses().that()
            .resideInAPackage("io.exwire.mexc.marketdata..")
            .should().dependOnClassesThat().resideInAPackage("io.exwire.mexc.trading..");

    /** The private domain must not depend on the public one either. */
    @ArchTest
    static final ArchRule TRADING_DOES_NOT_USE_MARKETDATA = noClasses().that()
            .resideInAPackage("io.exwire.mexc.trading..")
            .should().dependOnClassesThat().resideInAPackage("io.exwire.mexc.marketdata..");

    /** Public code never reaches credentials, signers or listen keys. */
    @ArchTest
    static final ArchRule PUBLIC_CODE_HAS_NO_CREDENTIALS = noClasses().that()
            .resideInAnyPackage("io.exwire.mexc.marketdata..", "io.exwire.mexc.wire..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.exwire.api.trading.Credentials")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.exwire.core.trading.HmacSigner")
            .orShould().dependOnClassesThat().resideInAPackage("io.exwire.api.trading..");

    /** The shared wire package is neutral: it knows neither domain of this module. */
    @ArchTest
    static final ArchRule WIRE_IS_NEUTRAL = noClasses().that().resideInAPackage("io.exwire.mexc.wire..")
            .should().dependOnClassesThat().resideInAnyPackage("io.exwire.mexc.marketdata..",
                    "io.exwire.mexc.trading..");

    /** Hot-path decoders never use floating point or BigDecimal. */
    @ArchTest
    static final ArchRule NO_BIG_DECIMAL = noClasses().that().resideInAPackage("io.exwire.mexc..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.math.BigDecimal");

    /** No console output. */
    @ArchTest
    static final ArchRule NO_SYSTEM_OUT = noClasses().that().resideInAPackage("io.exwire.mexc..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
