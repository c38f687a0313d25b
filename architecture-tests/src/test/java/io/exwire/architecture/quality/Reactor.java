package io.exwire.architecture.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the reactor's sources are, seen from architecture-tests (Surefire runs in the module's directory). */
final class Reactor {

    /** Production modules whose {@code src/main/java} the quality figures and gates cover; cli once it exists. */
    static final List<String> PRODUCTION_MODULES =
            List.of("api", "spi", "core", "exchange-gateio", "exchange-mexc", "cli");

    /** Test aids measured for information only. */
    static final List<String> TEST_AID_MODULES = List.of("testkit");

    private Reactor() {
    }

    /** @return the reactor root (the directory holding the root pom and config/) */
    static Path root() {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getFileName().toString().equals("architecture-tests") ? module.getParent() : module;
        if (!Files.isRegularFile(root.resolve("config/checkstyle/checkstyle.xml"))) {
            throw new IllegalStateException("not run from architecture-tests of the exwire reactor: " + module);
        }
        return root;
    }

    /**
     * @param module a module directory name
     * @return its {@code src/main/java}, which may not exist (a module not written yet)
     */
    static Path mainSources(String module) {
        return root().resolve(module).resolve("src/main/java");
    }

    /**
     * @param dir a source root
     * @return its {@code .java} files, {@code module-info.java} excepted, sorted; empty if it does not exist
     */
    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes figures as {@code key=value} lines to {@code target/quality/<name>.properties} and echoes them.
     *
     * @param name the file's base name
     * @param figures the figures, in order
     */
    static void publish(String name, Map<String, String> figures) {
        Path file = Path.of("target", "quality", name + ".properties").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> e : figures.entrySet()) {
                    out.write(e.getKey() + "=" + e.getValue() + System.lineSeparator());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        figures.forEach((k, v) -> System.out.println("[quality] " + name + "." + k + " = " + v));
    }
}
