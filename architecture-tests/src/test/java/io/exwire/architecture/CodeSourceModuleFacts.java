package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads {@code module-info.class} and {@code META-INF/services} from the code source a class was imported from:
 * the class's ArchUnit {@link Source} URI ({@code jar:file:/…/x.jar!/io/exwire/…/Foo.class} or
 * {@code file:/…/target/classes/io/exwire/…/Foo.class}) minus the class's own path is the root of its jar or classes
 * directory. This works identically on the class path and on the module path, in the reactor ({@code target/classes})
 * and from the local repository (installed jars), and needs no class loading. Multi-release jars with a
 * {@code module-info} only under {@code META-INF/versions} are not supported (exwire builds none).
 */
public final class CodeSourceModuleFacts implements ModuleFacts {

    /** Shared, caching instance. */
    public static final CodeSourceModuleFacts INSTANCE = new CodeSourceModuleFacts();

    private final Map<String, Optional<ModuleDescriptor>> descriptors = new ConcurrentHashMap<>();

    private CodeSourceModuleFacts() {
    }

    @Override
    public Optional<ModuleDescriptor> descriptorOf(JavaClass javaClass) {
        return descriptors.computeIfAbsent(root(javaClass), root -> read(root + "module-info.class")
                .map(bytes -> ModuleDescriptor.read(ByteBuffer.wrap(bytes))));
    }

    @Override
    public Set<String> serviceFileEntries(JavaClass javaClass, String service) {
        return read(root(javaClass) + "META-INF/services/" + service)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .map(text -> Arrays.stream(text.split("\\R"))
                        .map(line -> line.replaceFirst("#.*", "").strip())
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /**
     * @param javaClass an imported class
     * @return the URI prefix of its jar or classes directory, ending with {@code /}
     */
    static String root(JavaClass javaClass) {
        Source source = javaClass.getSource().orElseThrow(
                () -> new IllegalStateException("no class file known for " + javaClass.getName()));
        String uri = source.getUri().toString();
        String own = javaClass.getName().replace('.', '/') + ".class";
        if (!uri.endsWith(own)) {
            throw new IllegalStateException("cannot locate the code source of " + javaClass.getName() + " in " + uri);
        }
        return uri.substring(0, uri.length() - own.length());
    }

    private static Optional<byte[]> read(String uri) {
        try {
            URLConnection connection = URI.create(uri).toURL().openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri, e);
        }
    }
}
