package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that no rule is vacuous: each {@link ExwireRules} rule, built for the fixture root, is evaluated against the
 * deliberately wrong classes under {@code io.exwire.archfixtures.bad} and must report the fixture written to break
 * it, and must not report the fixtures written to be correct for it.
 */
class RulesCatchViolationsTest {

    static final String BAD = "io.exwire.archfixtures.bad";
    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(BAD);
    static final ExwireRules RULES = new ExwireRules(BAD, new FixtureModules());

    /** Rule name → fixture classes (relative to {@link #BAD}) it must report, and ones it must not. */
    static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            entry("marketdataNeverDependsOnTrading", caught("gateio.marketdata.LeakyDecoder")),
            entry("tradingNeverDependsOnMarketdata", caught("core.trading.UsesBook")),
            entry("publicSideNeverReachesSecrets",
                    caught("gateio.marketdata.LeakyDecoder", "gateio.marketdata.SignedSnapshotDecoder")),
            entry("apiDependsOnlyOnJdk", caught("api.model.ApiUsesCore").butNot("api.exception.VenueFailure")),
            entry("spiDependsOnlyOnApiAndJdk", caught("spi.SpiUsesCore").butNot("spi.ExchangeProvider")),
            entry("venuesDependOnlyOnApprovedLayers", caught("mexc.trading.RawHmac").butNot("mexc.wire.AsciiNumbers")),
            entry("venuesAreIndependentOfEachOther", caught("gateio.wire.UsesMexc").butNot("gateio.wire.Envelope")),
            entry("coreNeverDependsOnVenues", caught("core.UsesVenue").butNot("core.VenueHosts")),
            entry("coreClassesAreNotNamedAfterVenues", caught("core.GateioDefaults").butNot("core.VenueHosts")),
            entry("coreBytecodeNeverMentionsVenues", caught("core.VenueHosts").butNot("core.codec.Cursor")),
            entry("libraryNeverDependsOnCliOrTestkit", caught("core.connection.UsesTestkit").butNot("cli.Main")),
            entry("cliReachesVenuesOnlyThroughDiscovery", caught("cli.Main")),
            entry("noClassLoadingByName", caught("gateio.ReflectiveLoader")),
            entry("venueClassesAreNotExported", caught("gateio.GateioProvider").butNot("mexc.MexcProvider")),
            entry("venueProvidersAreRegistered", caught("gateio.GateioProvider").butNot("mexc.MexcProvider")),
            entry("hotPathHasNoBigDecimal", caught("core.codec.BigDecimalCodec")),
            entry("hotPathHasNoFloatingPoint", caught("mexc.wire.DoublePrices")),
            entry("hotPathHasNoStringFormatting",
                    caught("gateio.marketdata.FormattingDecoder").butNot("core.rest.RestFormatting")),
            entry("hotPathHasNoStreams", caught("core.dispatch.StreamingLane")),
            entry("hotPathHasNoLogging", caught("mexc.marketdata.LoggingProtocol")),
            entry("noConsoleOutputOutsideCli", caught("core.metrics.Printer").butNot("cli.Main")),
            entry("noGenericExceptions", caught("core.connection.Thrower").butNot("api.exception.VenueFailure")),
            entry("noPackageCycles", caught("core.cyclea.A", "core.cycleb.B")),
            entry("publicWebsocketsInitializeWithSymbolsAndChannels",
                    caught("gateio.marketdata.GateioPublicFuturesWebsocket")
                            .butNot("gateio.marketdata.GateioPublicSpotWebsocket")),
            entry("privateWebsocketsInitializeWithoutArguments",
                    caught("mexc.trading.MexcPrivateSpotWebsocket").butNot("core.trading.PrivateSpotWebsocket")),
            entry("websocketHierarchyIsPortThenCoreBaseThenVenue",
                    caught("gateio.marketdata.TunedGateioPublicSpotWebsocket",
                            "gateio.marketdata.DirectPublicWebsocket", "core.trading.PrivateFuturesWebsocket")
                            .butNot("gateio.marketdata.GateioPublicSpotWebsocket",
                                    "core.marketdata.PublicSpotWebsocket")),
            entry("venueWebsocketsAreNamedAndPlacedByConvention",
                    caught("mexc.marketdata.MexcSpotStream", "mexc.trading.MexcPublicFuturesWebsocket")
                            .butNot("gateio.marketdata.GateioPublicSpotWebsocket",
                                    "mexc.trading.MexcPrivateSpotWebsocket")));

    private static final Pattern FIRST_FIXTURE_NAME = Pattern.compile(Pattern.quote(BAD) + "\\.[\\w.$]+");

    @TestFactory
    Stream<DynamicTest> everyRuleReportsTheFixtureBuiltToBreakIt() {
        return RULES.all().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            EvaluationResult result = rule.getValue().evaluate(FIXTURES);
            List<String> lines = result.getFailureReport().getDetails().stream()
                    .flatMap(detail -> detail.lines()).toList();
            Set<String> reported = lines.stream().map(RulesCatchViolationsTest::subjectOf)
                    .flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
            Expectation expectation = EXPECTED.get(rule.getKey());

            assertThat(result.hasViolation()).as("%s reports a violation", rule.getKey()).isTrue();
            for (String fixture : expectation.caught()) {
                assertThat(reported).as("%s must report %s; report:%n%s", rule.getKey(), fixture,
                        String.join("\n", lines)).contains(BAD + "." + fixture);
            }
            for (String fixture : expectation.notCaught()) {
                assertThat(reported).as("%s must not report %s; report:%n%s", rule.getKey(), fixture,
                        String.join("\n", lines)).doesNotContain(BAD + "." + fixture);
            }
        }));
    }

    @Test
    void everyRuleHasAFixtureExpectation() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(RULES.all().keySet());
    }

    @Test
    void everyRuleRunsOverProduction() {
        List<String> wired = Arrays.stream(ProductionArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ArchRule.class)
                .map(Field::getName).toList();
        assertThat(wired).containsExactlyInAnyOrderElementsOf(RULES.all().keySet());
    }

    @Test
    void fixturesWereImported() {
        assertThat(FIXTURES.contain(BAD + ".gateio.marketdata.LeakyDecoder")).isTrue();
        assertThat(FIXTURES.stream().map(JavaClass::getName)).allMatch(name -> name.startsWith(BAD + "."));
    }

    /**
     * The class a report line is about: the first fixture name in it, cut back to an imported class (a member
     * reference {@code Foo.bar(..)} or a nested {@code Foo$1} counts as {@code Foo}).
     */
    private static Optional<String> subjectOf(String line) {
        Matcher m = FIRST_FIXTURE_NAME.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group();
        while (name.length() > BAD.length()) {
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            if (FIXTURES.contain(topLevel)) {
                return Optional.of(topLevel);
            }
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return Optional.empty();
    }

    private static Expectation caught(String... fixtures) {
        return new Expectation(List.of(fixtures), List.of());
    }

    record Expectation(List<String> caught, List<String> notCaught) {
        Expectation butNot(String... fixtures) {
            return new Expectation(caught, List.of(fixtures));
        }
    }

    /**
     * The fixture venues' module facts: "gateio" is a module exporting its root package and registering nothing,
     * "mexc" a module exporting nothing, providing {@code MexcProvider} and listing it in its services file.
     */
    static final class FixtureModules implements ModuleFacts {
        @Override
        public Optional<ModuleDescriptor> descriptorOf(JavaClass javaClass) {
            if (javaClass.getPackageName().startsWith(BAD + ".gateio")) {
                return Optional.of(ModuleDescriptor.newModule("fixture.gateio").exports(BAD + ".gateio").build());
            }
            if (javaClass.getPackageName().startsWith(BAD + ".mexc")) {
                return Optional.of(ModuleDescriptor.newModule("fixture.mexc")
                        .packages(Set.of(BAD + ".mexc"))
                        .provides(BAD + ".spi.ExchangeProvider", List.of(BAD + ".mexc.MexcProvider"))
                        .build());
            }
            return Optional.empty();
        }

        @Override
        public Set<String> serviceFileEntries(JavaClass javaClass, String service) {
            return javaClass.getPackageName().startsWith(BAD + ".mexc") && service.equals(BAD + ".spi.ExchangeProvider")
                    ? Set.of(BAD + ".mexc.MexcProvider") : Set.of();
        }
    }
}
