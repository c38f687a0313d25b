package io.exwire.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every {@link ExwireRules} rule over exwire's production classes: the jars (or {@code target/classes}) of api, spi,
 * core, the venue adapters and, once it is a dependency here, the cli. Test classes are not imported, nor is the
 * testkit: it is a test aid, and the rules only check that no library code depends on it.
 */
@AnalyzeClasses(packages = "io.exwire",
        importOptions = {ImportOption.DoNotIncludeTests.class, ProductionArchitectureTest.ExcludeTestkit.class})
class ProductionArchitectureTest {

    static final String ROOT = "io.exwire";
    static final ExwireRules RULES = new ExwireRules(ROOT, CodeSourceModuleFacts.INSTANCE);

    @ArchTest static final ArchRule marketdataNeverDependsOnTrading = RULES.marketdataNeverDependsOnTrading();
    @ArchTest static final ArchRule tradingNeverDependsOnMarketdata = RULES.tradingNeverDependsOnMarketdata();
    @ArchTest static final ArchRule publicSideNeverReachesSecrets = RULES.publicSideNeverReachesSecrets();
    @ArchTest static final ArchRule apiDependsOnlyOnJdk = RULES.apiDependsOnlyOnJdk();
    @ArchTest static final ArchRule spiDependsOnlyOnApiAndJdk = RULES.spiDependsOnlyOnApiAndJdk();
    @ArchTest static final ArchRule venuesDependOnlyOnApprovedLayers = RULES.venuesDependOnlyOnApprovedLayers();
    @ArchTest static final ArchRule venuesAreIndependentOfEachOther = RULES.venuesAreIndependentOfEachOther();
    @ArchTest static final ArchRule coreNeverDependsOnVenues = RULES.coreNeverDependsOnVenues();
    @ArchTest static final ArchRule coreClassesAreNotNamedAfterVenues = RULES.coreClassesAreNotNamedAfterVenues();
    @ArchTest static final ArchRule coreBytecodeNeverMentionsVenues = RULES.coreBytecodeNeverMentionsVenues();
    @ArchTest static final ArchRule libraryNeverDependsOnCliOrTestkit = RULES.libraryNeverDependsOnCliOrTestkit();
    @ArchTest static final ArchRule cliReachesVenuesOnlyThroughDiscovery = RULES.cliReachesVenuesOnlyThroughDiscovery();
    @ArchTest static final ArchRule noClassLoadingByName = RULES.noClassLoadingByName();
    @ArchTest static final ArchRule venueClassesAreNotExported = RULES.venueClassesAreNotExported();
    @ArchTest static final ArchRule venueProvidersAreRegistered = RULES.venueProvidersAreRegistered();
    @ArchTest static final ArchRule hotPathHasNoBigDecimal = RULES.hotPathHasNoBigDecimal();
    @ArchTest static final ArchRule hotPathHasNoFloatingPoint = RULES.hotPathHasNoFloatingPoint();
    @ArchTest static final ArchRule hotPathHasNoStringFormatting = RULES.hotPathHasNoStringFormatting();
    @ArchTest static final ArchRule hotPathHasNoStreams = RULES.hotPathHasNoStreams();
    @ArchTest static final ArchRule hotPathHasNoLogging = RULES.hotPathHasNoLogging();
    @ArchTest static final ArchRule noConsoleOutputOutsideCli = RULES.noConsoleOutputOutsideCli();
    @ArchTest static final ArchRule noGenericExceptions = RULES.noGenericExceptions();
    @ArchTest static final ArchRule noPackageCycles = RULES.noPackageCycles();
    @ArchTest static final ArchRule publicWebsocketsInitializeWithSymbolsAndChannels =
            RULES.publicWebsocketsInitializeWithSymbolsAndChannels();
    @ArchTest static final ArchRule privateWebsocketsInitializeWithoutArguments =
            RULES.privateWebsocketsInitializeWithoutArguments();
    @ArchTest static final ArchRule websocketHierarchyIsPortThenCoreBaseThenVenue =
            RULES.websocketHierarchyIsPortThenCoreBaseThenVenue();
    @ArchTest static final ArchRule venueWebsocketsAreNamedAndPlacedByConvention =
            RULES.venueWebsocketsAreNamedAndPlacedByConvention();

    /** The testkit's simulators are test aids, outside the production rules (its jar arrives with the cli). */
    public static final class ExcludeTestkit implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/io/exwire/testkit/");
        }
    }
}
