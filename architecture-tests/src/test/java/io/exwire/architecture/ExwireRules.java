package io.exwire.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.lang.module.ModuleDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * exwire's architecture as ArchUnit rules, built for a root package so that the very same rule objects run over
 * production ({@code io.exwire}, {@link ProductionArchitectureTest}) and over the deliberately wrong fixtures
 * ({@code io.exwire.archfixtures.bad}, {@link RulesCatchViolationsTest}), which proves that none is vacuous.
 *
 * <p>Package conventions under the root: {@code api}, {@code spi}, {@code core}, one package per venue
 * ({@link #VENUES}), {@code cli} and {@code testkit}; the public domain is every package containing
 * {@code .marketdata}, the private domain every package containing {@code .trading}, everything else is neutral.
 */
public final class ExwireRules {

    /** The venue adapters, by package segment under the root; a new venue module adds its segment here. */
    public static final List<String> VENUES = List.of("gateio", "mexc");

    /** How a venue may be spelled in a class name or a string: Gate.io, gate_io, GATEIO, gateio.ws, mexc.com, … */
    static final Pattern VENUE_MENTION = Pattern.compile("(?i)gate[._ -]?io|mexc");

    private static final Set<String> FLOATING_POINT = Set.of("double", "java.lang.Double", "float", "java.lang.Float");
    private static final Set<String> GENERIC_THROWABLES = Set.of("java.lang.Throwable", "java.lang.Exception",
            "java.lang.RuntimeException", "java.lang.Error");
    private static final Pattern VENUE_WEBSOCKET_NAME =
            Pattern.compile("([A-Z][A-Za-z0-9]*)(PublicSpot|PublicFutures|PrivateSpot|PrivateFutures)Websocket");

    private final String root;
    private final ModuleFacts moduleFacts;

    private final String publicPort;
    private final String privatePort;
    private final String credentials;
    private final String exchangeProvider;
    private final List<String> publicBases;
    private final List<String> privateBases;

    /**
     * @param root the root package, {@code io.exwire} for production
     * @param moduleFacts where module descriptors and service files are read from
     */
    public ExwireRules(String root, ModuleFacts moduleFacts) {
        this.root = root;
        this.moduleFacts = moduleFacts;
        this.publicPort = root + ".api.marketdata.BasePublicWebsocket";
        this.privatePort = root + ".api.trading.BasePrivateWebsocket";
        this.credentials = root + ".api.trading.Credentials";
        this.exchangeProvider = root + ".spi.ExchangeProvider";
        this.publicBases = List.of(root + ".core.marketdata.PublicSpotWebsocket",
                root + ".core.marketdata.PublicFuturesWebsocket");
        this.privateBases = List.of(root + ".core.trading.PrivateSpotWebsocket",
                root + ".core.trading.PrivateFuturesWebsocket");
    }

    /** @return every rule by name, in a stable order; the production test and the fixture test both cover them all */
    public Map<String, ArchRule> all() {
        Map<String, Supplier<ArchRule>> factories = new LinkedHashMap<>();
        factories.put("marketdataNeverDependsOnTrading", this::marketdataNeverDependsOnTrading);
        factories.put("tradingNeverDependsOnMarketdata", this::tradingNeverDependsOnMarketdata);
        factories.put("publicSideNeverReachesSecrets", this::publicSideNeverReachesSecrets);
        factories.put("apiDependsOnlyOnJdk", this::apiDependsOnlyOnJdk);
        factories.put("spiDependsOnlyOnApiAndJdk", this::spiDependsOnlyOnApiAndJdk);
        factories.put("venuesDependOnlyOnApprovedLayers", this::venuesDependOnlyOnApprovedLayers);
        factories.put("venuesAreIndependentOfEachOther", this::venuesAreIndependentOfEachOther);
        factories.put("coreNeverDependsOnVenues", this::coreNeverDependsOnVenues);
        factories.put("coreClassesAreNotNamedAfterVenues", this::coreClassesAreNotNamedAfterVenues);
        factories.put("coreBytecodeNeverMentionsVenues", this::coreBytecodeNeverMentionsVenues);
        factories.put("libraryNeverDependsOnCliOrTestkit", this::libraryNeverDependsOnCliOrTestkit);
        factories.put("cliReachesVenuesOnlyThroughDiscovery", this::cliReachesVenuesOnlyThroughDiscovery);
        factories.put("noClassLoadingByName", this::noClassLoadingByName);
        factories.put("venueClassesAreNotExported", this::venueClassesAreNotExported);
        factories.put("venueProvidersAreRegistered", this::venueProvidersAreRegistered);
        factories.put("hotPathHasNoBigDecimal", this::hotPathHasNoBigDecimal);
        factories.put("hotPathHasNoFloatingPoint", this::hotPathHasNoFloatingPoint);
        factories.put("hotPathHasNoStringFormatting", this::hotPathHasNoStringFormatting);
        factories.put("hotPathHasNoStreams", this::hotPathHasNoStreams);
        factories.put("hotPathHasNoLogging", this::hotPathHasNoLogging);
        factories.put("noConsoleOutputOutsideCli", this::noConsoleOutputOutsideCli);
        factories.put("noGenericExceptions", this::noGenericExceptions);
        factories.put("noPackageCycles", this::noPackageCycles);
        factories.put("publicWebsocketsInitializeWithSymbolsAndChannels",
                this::publicWebsocketsInitializeWithSymbolsAndChannels);
        factories.put("privateWebsocketsInitializeWithoutArguments", this::privateWebsocketsInitializeWithoutArguments);
        factories.put("websocketHierarchyIsPortThenCoreBaseThenVenue", this::websocketHierarchyIsPortThenCoreBaseThenVenue);
        factories.put("venueWebsocketsAreNamedAndPlacedByConvention", this::venueWebsocketsAreNamedAndPlacedByConvention);
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        factories.forEach((name, factory) -> rules.put(name, factory.get()));
        return rules;
    }

    // ------------------------------------------------------------------------------------------------ domains

    /** @return public market data never reaches trading code */
    public ArchRule marketdataNeverDependsOnTrading() {
        return noClasses().that().resideInAPackage(root + "..marketdata..")
                .should().dependOnClassesThat().resideInAPackage(root + "..trading..")
                .because("the public domain must work, and be safe to hand to any consumer, without a single trading "
                        + "class on its path; coupling the domains would let a market-data change break trading");
    }

    /** @return trading never reaches public market-data code */
    public ArchRule tradingNeverDependsOnMarketdata() {
        return noClasses().that().resideInAPackage(root + "..trading..")
                .should().dependOnClassesThat().resideInAPackage(root + "..marketdata..")
                .because("the private domain is account-wide and symbol-free; sharing code with market data would "
                        + "couple their lifecycles and let public-stream faults reach order handling");
    }

    /** @return the public side never touches credentials, signers, listen keys or MACs, wherever they live */
    public ArchRule publicSideNeverReachesSecrets() {
        DescribedPredicate<JavaClass> secrets = DescribedPredicate.describe(
                "are credentials, signers, listen-key code or javax.crypto",
                c -> c.getName().equals(credentials)
                        || c.getName().startsWith("javax.crypto.")
                        || simpleNameOf(c).matches(".*(Signer|ListenKey|Credential).*"));
        return noClasses().that().resideInAPackage(root + "..marketdata..")
                .should().dependOnClassesThat(secrets)
                .because("a public stream holds no secret: a signer or listen key placed in a neutral package "
                        + "(wire, rest) must still be unreachable from market-data code");
    }

    // ------------------------------------------------------------------------------------------------ layers

    /** @return the api needs the JDK only */
    public ArchRule apiDependsOnlyOnJdk() {
        return classes().that().resideInAPackage(root + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".api..", "java..")
                .because("applications compile against the api alone; any other dependency would leak into every "
                        + "user's class path and tie the ports to an implementation");
    }

    /** @return the spi needs the api and the JDK only */
    public ArchRule spiDependsOnlyOnApiAndJdk() {
        return classes().that().resideInAPackage(root + ".spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".spi..", root + ".api..", "java..")
                .because("the spi is the contract between core and venue jars; it must not pull core's runtime or a "
                        + "library into every venue");
    }

    /** @return venue adapters are built from api, spi, core, jackson-core and the JDK only */
    public ArchRule venuesDependOnlyOnApprovedLayers() {
        String[] allowed = concat(venuePackages(), root + ".api..", root + ".spi..", root + ".core..",
                "com.fasterxml.jackson..", "java..");
        return classes().that().resideInAnyPackage(venuePackages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("an adapter is protocol glue on top of core: transport, reconnection, signing primitives and "
                        + "books are core's, so a venue needs nothing beyond api, spi, core and Jackson's streaming "
                        + "parser");
    }

    /** @return no venue reaches another venue */
    public ArchRule venuesAreIndependentOfEachOther() {
        ArchCondition<JavaClass> condition = new ArchCondition<>("not depend on another venue's classes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> own = venueOf(javaClass);
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    Optional<String> target = venueOf(dependency.getTargetClass());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAnyPackage(venuePackages()).should(condition)
                .because("each venue jar is optional and versioned on its own; one venue reaching into another "
                        + "would make them impossible to ship, drop or fix separately");
    }

    /** @return core does not depend on any venue package */
    public ArchRule coreNeverDependsOnVenues() {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(venuePackages())
                .because("core is venue-neutral and finds venues only through ServiceLoader; a direct reference "
                        + "would make every venue a hard dependency of core");
    }

    /** @return no core class (or package) is named after a venue */
    public ArchRule coreClassesAreNotNamedAfterVenues() {
        return noClasses().that().resideInAPackage(root + ".core..")
                .should().haveNameMatching(".*(" + VENUE_MENTION.pattern() + ").*")
                .because("venue-specific behaviour belongs in the venue's jar; a core class named after a venue is "
                        + "venue logic in the neutral runtime");
    }

    /** @return core bytecode carries no string naming a venue (literals, constants, member names) */
    public ArchRule coreBytecodeNeverMentionsVenues() {
        ArchCondition<JavaClass> condition = new ArchCondition<>("not carry a string or name mentioning a venue") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String text : ClassFileStrings.of(javaClass)) {
                    if (VENUE_MENTION.matcher(text).find()) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " carries the constant \"" + text + "\" in its constant pool"));
                    }
                }
            }
        };
        return classes().that().resideInAPackage(root + ".core..").should(condition)
                .because("endpoints, channel names and symbol spellings of a venue are venue knowledge; a literal "
                        + "in core means core special-cases a venue even without importing it");
    }

    /** @return library code never depends on the cli or the testkit */
    public ArchRule libraryNeverDependsOnCliOrTestkit() {
        return noClasses().that().resideOutsideOfPackages(root + ".cli..", root + ".testkit..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".cli..", root + ".testkit..")
                .because("the cli is an application and the testkit a test aid (the cli may embed the testkit's "
                        + "simulators for its demo); shipping library code must run without either on the path");
    }

    /** @return the cli reaches venues only through Exchanges/ServiceLoader */
    public ArchRule cliReachesVenuesOnlyThroughDiscovery() {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(venuePackages(), root + ".spi.."))
                .because("the cli is the reference application: it uses the api and Exchanges only, venue jars are "
                        + "runtime-only, exactly as a user's application should")
                .allowEmptyShould(true);
    }

    // ------------------------------------------------------------------------------------------------ discovery

    /** @return nothing loads classes by name */
    public ArchRule noClassLoadingByName() {
        DescribedPredicate<JavaMethodCall> byName = DescribedPredicate.describe(
                "Class.forName(..) or ClassLoader.loadClass(..)",
                call -> call.getTargetOwner().getName().equals("java.lang.Class") && call.getName().equals("forName")
                        || call.getTargetOwner().getName().equals("java.lang.ClassLoader")
                        && call.getName().equals("loadClass"));
        return noClasses().should().callMethodWhere(byName)
                .because("venues are discovered with java.util.ServiceLoader only; loading classes by name bypasses "
                        + "module encapsulation and provider versioning, and breaks under jlink/native images");
    }

    /** @return every public class of a venue sits in a package its module does not export */
    public ArchRule venueClassesAreNotExported() {
        ArchCondition<JavaClass> condition = new ArchCondition<>("sit in a package their module does not export") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<ModuleDescriptor> descriptor = moduleFacts.descriptorOf(javaClass);
                if (descriptor.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is packaged without module-info; a venue jar must be a named module"));
                    return;
                }
                String pkg = javaClass.getPackageName();
                descriptor.get().exports().stream().filter(e -> e.source().equals(pkg)).findFirst()
                        .ifPresent(e -> events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " is public in package " + pkg + ", which module " + descriptor.get().name()
                                + " exports (" + e + ")")));
            }
        };
        return classes().that().resideInAnyPackage(venuePackages()).and().arePublic().should(condition)
                .because("a venue's classes are implementation reached through the spi only; an exported package "
                        + "would become public API that users compile against");
    }

    /** @return every concrete ExchangeProvider is declared in module-info and in META-INF/services */
    public ArchRule venueProvidersAreRegistered() {
        ArchCondition<JavaClass> condition = new ArchCondition<>(
                "be declared with 'provides' in module-info and listed in META-INF/services") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean provided = moduleFacts.descriptorOf(javaClass).stream()
                        .flatMap(d -> d.provides().stream())
                        .anyMatch(p -> p.service().equals(exchangeProvider) && p.providers().contains(javaClass.getName()));
                if (!provided) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is not declared as 'provides " + exchangeProvider + " with' in its module-info"));
                }
                if (!moduleFacts.serviceFileEntries(javaClass, exchangeProvider).contains(javaClass.getName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is not listed in META-INF/services/" + exchangeProvider));
                }
            }
        };
        return classes().that().areAssignableTo(exchangeProvider).and().areNotInterfaces()
                .and().doNotHaveModifier(JavaModifier.ABSTRACT).should(condition)
                .because("core finds venues with ServiceLoader on both paths: module path users need 'provides', "
                        + "class path users need the services file; a provider missing either is silently invisible")
                .allowEmptyShould(true);
    }

    // ------------------------------------------------------------------------------------------------ hot path

    /** @return decoding and dispatch code never uses BigDecimal/BigInteger */
    public ArchRule hotPathHasNoBigDecimal() {
        return noClasses().that(hotPath())
                .should().dependOnClassesThat().resideInAPackage("java.math")
                .because("prices and sizes are decoded into mantissa/scale longs (Decimal); BigDecimal allocates per "
                        + "value and costs microseconds per frame");
    }

    /** @return decoding and dispatch code declares no floating-point field, parameter or return value */
    public ArchRule hotPathHasNoFloatingPoint() {
        ArchCondition<JavaClass> condition = new ArchCondition<>(
                "declare no double/float field, parameter or return type") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaField field : javaClass.getFields()) {
                    if (isFloatingPoint(field.getRawType())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of type "
                                + field.getRawType().getName()));
                    }
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    unit.getRawParameterTypes().stream().filter(ExwireRules::isFloatingPoint).findFirst()
                            .ifPresent(t -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                    + " takes a " + t.getName())));
                    if (isFloatingPoint(unit.getRawReturnType())) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns "
                                + unit.getRawReturnType().getName()));
                    }
                }
            }
        };
        return classes().that(hotPath()).should(condition)
                .because("binary floating point cannot represent venue prices exactly (0.1 + 0.2 != 0.3); decoded "
                        + "values stay exact as mantissa/scale");
    }

    /** @return decoding and dispatch code never formats strings */
    public ArchRule hotPathHasNoStringFormatting() {
        DescribedPredicate<JavaMethodCall> formatting = DescribedPredicate.describe(
                "String.format(..)/String.formatted(..)",
                call -> call.getTargetOwner().getName().equals("java.lang.String")
                        && (call.getName().equals("format") || call.getName().equals("formatted")));
        return noClasses().that(hotPath())
                .should().callMethodWhere(formatting)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Formatter")
                .because("String.format parses its pattern and allocates on every call; per-frame code must not pay "
                        + "for it (error paths build messages with concatenation)");
    }

    /** @return decoding and dispatch code never uses java.util.stream */
    public ArchRule hotPathHasNoStreams() {
        return noClasses().that(hotPath())
                .should().dependOnClassesThat().resideInAPackage("java.util.stream..")
                .because("streams allocate pipelines, lambdas and boxed values per call; per-frame loops are plain "
                        + "loops");
    }

    /** @return decoding and dispatch code never logs */
    public ArchRule hotPathHasNoLogging() {
        DescribedPredicate<JavaClass> logging = DescribedPredicate.describe(
                "are logging APIs (System.Logger, java.util.logging, SLF4J, Log4j, commons-logging)",
                c -> c.getName().startsWith("java.lang.System$Logger")
                        || resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..",
                        "org.apache.commons.logging..", "ch.qos.logback..").test(c));
        DescribedPredicate<JavaMethodCall> getLogger = DescribedPredicate.describe("System.getLogger(..)",
                call -> call.getTargetOwner().getName().equals("java.lang.System") && call.getName().equals("getLogger"));
        return noClasses().that(hotPath())
                .should().dependOnClassesThat(logging)
                .orShould().callMethodWhere(getLogger)
                .because("logging on a per-frame path formats, allocates and may block on I/O; faults are reported "
                        + "through the error handler and metrics instead");
    }

    // ------------------------------------------------------------------------------------------------ general

    /** @return only the cli writes to the console */
    public ArchRule noConsoleOutputOutsideCli() {
        DescribedPredicate<JavaMethodCall> printStackTrace = DescribedPredicate.describe("Throwable.printStackTrace()",
                call -> call.getName().equals("printStackTrace") && call.getTarget().getRawParameterTypes().isEmpty());
        return noClasses().that().resideOutsideOfPackage(root + ".cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethodWhere(printStackTrace)
                .because("a library must not write to the host application's console; errors go to the "
                        + "ErrorHandler and diagnostics to System.Logger");
    }

    /** @return nobody instantiates Throwable/Exception/RuntimeException/Error themselves */
    public ArchRule noGenericExceptions() {
        DescribedPredicate<JavaConstructorCall> generic = DescribedPredicate.describe(
                "new Throwable/Exception/RuntimeException/Error(..) (a subclass's super(..) call excepted)",
                call -> GENERIC_THROWABLES.contains(call.getTargetOwner().getName())
                        && !isSuperCallOf(call));
        return noClasses().should().callConstructorWhere(generic)
                .because("callers handle failures by type (the ExwireException hierarchy: transient or not, venue "
                        + "code, retry-after); a bare Exception/RuntimeException carries none of that");
    }

    /** @return no cycle between any two packages */
    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("every package is a layer of its module; a cycle makes two packages one unit that cannot "
                        + "be understood, tested or split separately");
    }

    // ------------------------------------------------------------------------------------------------ seeds

    /** @return every public websocket initialises with (List of symbols, Set of channels) and nothing else */
    public ArchRule publicWebsocketsInitializeWithSymbolsAndChannels() {
        return classes().that().areAssignableTo(publicPort).and().areNotInterfaces()
                .should(initializeExactlyWith(List.of("java.util.List", "java.util.Set")))
                .because("the public port's contract is initialize(symbols, channels); an overload would let a venue "
                        + "grow its own lifecycle");
    }

    /** @return every private websocket initialises without arguments and nothing else */
    public ArchRule privateWebsocketsInitializeWithoutArguments() {
        return classes().that().areAssignableTo(privatePort).and().areNotInterfaces()
                .should(initializeExactlyWith(List.of()))
                .because("the private stream is account-wide: it takes no symbols, so initialize() has no parameter "
                        + "and no venue may add one");
    }

    /** @return port, then core base (extending Object), then venue class — never deeper, never around core */
    public ArchRule websocketHierarchyIsPortThenCoreBaseThenVenue() {
        ArchCondition<JavaClass> condition = new ArchCondition<>(
                "be one of core's four base classes extending Object, or extend one of them directly") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean isPublic = javaClass.isAssignableTo(publicPort);
                List<String> bases = isPublic ? publicBases : privateBases;
                String superclass = javaClass.getRawSuperclass().map(JavaClass::getName).orElse("(none)");
                if (isPublic && javaClass.isAssignableTo(privatePort)) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " implements both the public and the private port"));
                } else if (javaClass.isInterface()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is an interface extending a Base* port; only core's base classes implement a port"));
                } else if (bases.contains(javaClass.getName())) {
                    if (!superclass.equals("java.lang.Object")) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " is a core base but extends " + superclass + " instead of Object"));
                    }
                } else if (!bases.contains(superclass)) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " extends "
                            + superclass + " instead of one of " + bases));
                }
            }
        };
        return classes().that(implementWebsocketPort()).should(condition)
                .because("all connection behaviour lives in core's engines behind four base classes; a venue class "
                        + "directly on a core base keeps adapters thin and every websocket behaving the same");
    }

    /** @return venue websockets are named {@code <Venue><Public|Private><Spot|Futures>Websocket} in their domain */
    public ArchRule venueWebsocketsAreNamedAndPlacedByConvention() {
        List<String> allBases = concatList(publicBases, privateBases);
        DescribedPredicate<JavaClass> extendsCoreBase = DescribedPredicate.describe(
                "extend one of core's websocket base classes",
                c -> c.getRawSuperclass().map(s -> allBases.contains(s.getName())).orElse(false));
        ArchCondition<JavaClass> condition = new ArchCondition<>(
                "be named <Venue><Base> after their venue package and base class, in the base's domain package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String base = javaClass.getRawSuperclass().orElseThrow().getSimpleName();
                String domain = base.startsWith("Public") ? "marketdata" : "trading";
                Matcher name = VENUE_WEBSOCKET_NAME.matcher(javaClass.getSimpleName());
                Optional<String> venue = venueOf(javaClass);
                if (venue.isEmpty() || !name.matches() || !(name.group(2) + "Websocket").equals(base)
                        || !name.group(1).equalsIgnoreCase(venue.get())) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " extends " + base
                            + " but is not named <Venue>" + base + " inside its venue's package"));
                }
                if (!("." + javaClass.getPackageName() + ".").contains("." + domain + ".")) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " extends " + base
                            + " but is outside a ." + domain + " package"));
                }
            }
        };
        return classes().that(extendsCoreBase).should(condition)
                .because("one obvious name per venue and market (GateioPublicSpotWebsocket, …) in its domain's "
                        + "package keeps the domain rules meaningful and the adapters findable")
                .allowEmptyShould(true);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** @return the classes on the per-frame path: codec, dispatch, venue wire code, decoders and protocols */
    public DescribedPredicate<JavaClass> hotPath() {
        List<String> wire = VENUES.stream().map(v -> root + "." + v + "..wire..").toList();
        DescribedPredicate<JavaClass> hotPackages = resideInAnyPackage(concat(wire.toArray(String[]::new),
                root + ".core.codec..", root + ".core.dispatch.."));
        DescribedPredicate<JavaClass> library = resideInAnyPackage(concat(venuePackages(), root + ".core.."));
        return DescribedPredicate.describe("are on the decoding/dispatch hot path (core.codec, core.dispatch, "
                        + "venue wire packages, *Decoder and *Protocol classes)",
                c -> hotPackages.test(c) || library.test(c) && topLevelSimpleName(c).matches(".*(Decoder|Protocol)"));
    }

    /** @return classes implementing one of the two websocket ports, the ports themselves excepted */
    public DescribedPredicate<JavaClass> implementWebsocketPort() {
        return DescribedPredicate.describe("implement BasePublicWebsocket or BasePrivateWebsocket",
                c -> (c.isAssignableTo(publicPort) || c.isAssignableTo(privatePort))
                        && !c.getName().equals(publicPort) && !c.getName().equals(privatePort));
    }

    /** @return the root package the rules were built for */
    public String root() {
        return root;
    }

    private ArchCondition<JavaClass> initializeExactlyWith(List<String> parameters) {
        return new ArchCondition<>("have initialize(" + String.join(", ", parameters) + ") and no other initialize") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<JavaMethod> initializers = javaClass.getAllMethods().stream()
                        .filter(m -> m.getName().equals("initialize")).toList();
                if (initializers.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has no initialize"));
                }
                for (JavaMethod method : initializers) {
                    List<String> actual = method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
                    if (!actual.equals(parameters)) {
                        events.add(SimpleConditionEvent.violated(method, javaClass.getName() + " has "
                                + method.getFullName() + "; only initialize(" + String.join(", ", parameters)
                                + ") is allowed"));
                    }
                }
            }
        };
    }

    private String[] venuePackages() {
        return VENUES.stream().map(v -> root + "." + v + "..").toArray(String[]::new);
    }

    private Optional<String> venueOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        return VENUES.stream()
                .filter(v -> pkg.equals(root + "." + v) || pkg.startsWith(root + "." + v + "."))
                .findFirst();
    }

    private static boolean isSuperCallOf(JavaConstructorCall call) {
        JavaCodeUnit origin = call.getOrigin();
        return origin.isConstructor() && origin.getOwner().getRawSuperclass()
                .map(s -> s.getName().equals(call.getTargetOwner().getName())).orElse(false);
    }

    private static boolean isFloatingPoint(JavaClass type) {
        return FLOATING_POINT.contains(type.getBaseComponentType().getName());
    }

    private static String simpleNameOf(JavaClass javaClass) {
        String name = javaClass.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String topLevelSimpleName(JavaClass javaClass) {
        String simple = simpleNameOf(javaClass);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static List<String> concatList(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
