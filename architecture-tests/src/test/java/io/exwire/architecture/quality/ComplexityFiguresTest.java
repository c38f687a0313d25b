package io.exwire.architecture.quality;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complexity figures of docs/QUALITY.md, measured with checkstyle's own metrics: the gate's configuration
 * (config/checkstyle/checkstyle.xml) is loaded with both limits at 0, so that CyclomaticComplexity and MethodLength
 * report every method, constructor and compact constructor with a body, and their values are collected. Writes
 * {@code target/quality/complexity.properties}. The gate itself (fail above 9 / 60) is the checkstyle plugin; this
 * test reports, and checks that the measurement saw the code.
 */
class ComplexityFiguresTest {

    private static final Pattern COMPLEXITY = Pattern.compile("Cyclomatic Complexity is ([\\d,]+)");
    private static final Pattern LENGTH = Pattern.compile("length is ([\\d,]+) lines");

    private static Locale previous;

    @BeforeAll
    static void englishMessages() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void measuresEveryMethodOfTheProductionSources() throws CheckstyleException {
        List<String> modules = new ArrayList<>(Reactor.PRODUCTION_MODULES);
        modules.addAll(Reactor.TEST_AID_MODULES);
        List<Method> all = measure(modules.stream().map(Reactor::mainSources).toList());

        Map<String, String> figures = new LinkedHashMap<>();
        List<Method> production = new ArrayList<>();
        for (String module : Reactor.PRODUCTION_MODULES) {
            List<Method> methods = all.stream().filter(m -> m.file().startsWith(module + "/")).toList();
            production.addAll(methods);
            summarize(module, methods, figures);
        }
        summarize("production", production, figures);
        for (String module : Reactor.TEST_AID_MODULES) {
            summarize(module + ".notGated", all.stream().filter(m -> m.file().startsWith(module + "/")).toList(),
                    figures);
        }
        Reactor.publish("complexity", figures);

        assertThat(production).as("methods with a body found in the production sources").hasSizeGreaterThan(50);
        assertThat(production).allSatisfy(m -> {
            assertThat(m.complexity()).isPositive();
            assertThat(m.length()).isPositive();
        });
        assertThat(production.stream().map(Method::file))
                .as("every production module with sources is measured")
                .anyMatch(f -> f.startsWith("api/")).anyMatch(f -> f.startsWith("core/"));
    }

    private static void summarize(String scope, List<Method> methods, Map<String, String> figures) {
        if (methods.isEmpty()) {
            figures.put(scope + ".methods", "0");
            return;
        }
        Method mostComplex = methods.stream().max(Comparator.comparingInt(Method::complexity)).orElseThrow();
        Method longest = methods.stream().max(Comparator.comparingInt(Method::length)).orElseThrow();
        figures.put(scope + ".methods", String.valueOf(methods.size()));
        figures.put(scope + ".complexity.max", mostComplex.complexity() + " (" + mostComplex.where() + ")");
        figures.put(scope + ".complexity.average", String.format(Locale.ROOT, "%.2f",
                methods.stream().mapToInt(Method::complexity).average().orElseThrow()));
        figures.put(scope + ".complexity.over9", String.valueOf(
                methods.stream().filter(m -> m.complexity() > 9).count()));
        figures.put(scope + ".length.max", longest.length() + " (" + longest.where() + ")");
        figures.put(scope + ".length.average", String.format(Locale.ROOT, "%.2f",
                methods.stream().mapToInt(Method::length).average().orElseThrow()));
        figures.put(scope + ".length.over60", String.valueOf(methods.stream().filter(m -> m.length() > 60).count()));
    }

    /** Runs the gate's checkstyle configuration with both limits at 0 over source roots, in one pass. */
    private static List<Method> measure(List<Path> sourceRoots) throws CheckstyleException {
        List<File> files = sourceRoots.stream().flatMap(root -> Reactor.javaFiles(root).stream())
                .map(Path::toFile).toList();
        Properties limits = new Properties();
        limits.setProperty("exwire.checkstyle.complexity.max", "0");
        limits.setProperty("exwire.checkstyle.method.length.max", "0");
        Checker checker = new Checker();
        checker.setModuleClassLoader(Checker.class.getClassLoader());
        checker.configure(ConfigurationLoader.loadConfiguration(
                Reactor.root().resolve("config/checkstyle/checkstyle.xml").toString(), new PropertiesExpander(limits)));
        Collector collector = new Collector();
        checker.addListener(collector);
        try {
            checker.process(files);
        } finally {
            checker.destroy();
        }
        assertThat(collector.failures).as("checkstyle could parse every file").isEmpty();
        return collector.methods(Reactor.root());
    }

    /** One method with a body: where it is, its cyclomatic complexity and its length in non-blank lines. */
    record Method(String file, int line, int complexity, int length) {
        String where() {
            return file + ":" + line;
        }
    }

    private static final class Collector implements AuditListener {
        private final Map<String, Integer> complexity = new HashMap<>();
        private final Map<String, Integer> length = new HashMap<>();
        private final List<String> failures = new ArrayList<>();

        @Override
        public void addError(AuditEvent event) {
            String key = event.getFileName() + ":" + event.getLine() + ":" + event.getColumn();
            Matcher c = COMPLEXITY.matcher(event.getMessage());
            Matcher l = LENGTH.matcher(event.getMessage());
            if (c.find()) {
                complexity.put(key, Integer.parseInt(c.group(1).replace(",", "")));
            } else if (l.find()) {
                length.put(key, Integer.parseInt(l.group(1).replace(",", "")));
            } else {
                failures.add(event.getFileName() + ":" + event.getLine() + " " + event.getMessage());
            }
        }

        @Override
        public void addException(AuditEvent event, Throwable throwable) {
            failures.add(event.getFileName() + ": " + throwable);
        }

        /** Methods with a body are the ones MethodLength measured; abstract methods only have a complexity of 1. */
        List<Method> methods(Path root) {
            List<Method> methods = new ArrayList<>();
            length.forEach((key, lines) -> {
                String[] parts = key.split(":");
                String file = root.relativize(Path.of(parts[0])).toString();
                Integer cc = complexity.get(key);
                if (cc == null) {
                    throw new IllegalStateException("MethodLength measured " + key + " but CyclomaticComplexity did not");
                }
                methods.add(new Method(file, Integer.parseInt(parts[1]), cc, lines));
            });
            methods.sort(Comparator.comparing(Method::file).thenComparingInt(Method::line));
            return methods;
        }

        @Override
        public void auditStarted(AuditEvent event) {
            // no state to reset: one Checker per measurement
        }

        @Override
        public void auditFinished(AuditEvent event) {
            // figures are read after process() returns
        }

        @Override
        public void fileStarted(AuditEvent event) {
            // per-event keys carry the file
        }

        @Override
        public void fileFinished(AuditEvent event) {
            // per-event keys carry the file
        }
    }
}
