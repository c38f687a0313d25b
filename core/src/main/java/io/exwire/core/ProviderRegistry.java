package io.exwire.core;

import io.exwire.api.model.ExchangeId;
import io.exwire.spi.ExchangeProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Discovers {@link ExchangeProvider}s once, robustly: a provider that fails to load is skipped with a warning and
 * does not hide the others; a provider built for another SPI version is refused with a warning; two providers with
 * one id produce a warning and the one whose class name sorts first wins, deterministically. Thread-safe and
 * immutable after construction.
 */
public final class ProviderRegistry {

    private static final System.Logger LOG = System.getLogger(ProviderRegistry.class.getName());

    private static final class Holder {
        private static final ProviderRegistry INSTANCE = load(ServiceLoader.load(ExchangeProvider.class,
                ProviderRegistry.class.getClassLoader()).iterator());
    }

    private final Map<ExchangeId, ExchangeProvider> byId;
    private final List<String> problems;

    private ProviderRegistry(Map<ExchangeId, ExchangeProvider> byId, List<String> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** @return the registry of this class loader's providers, loaded on first use */
    public static ProviderRegistry instance() {
        return Holder.INSTANCE;
    }

    /**
     * Loads providers from a service iterator (e.g. one of a custom {@link ModuleLayer}).
     *
     * @param candidates the providers, possibly failing to load
     * @return a registry
     */
    public static ProviderRegistry load(Iterator<ExchangeProvider> candidates) {
        List<ExchangeProvider> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (hasNext(candidates, problems)) {
            next(candidates, problems).ifPresent(loaded::add);
        }
        loaded.sort(Comparator.comparing(p -> p.getClass().getName()));
        Map<ExchangeId, ExchangeProvider> byId = new TreeMap<>(Comparator.comparing(ExchangeId::id));
        for (ExchangeProvider p : loaded) {
            accept(p, byId, problems);
        }
        return new ProviderRegistry(byId, problems);
    }

    private static boolean hasNext(Iterator<ExchangeProvider> it, List<String> problems) {
        while (true) {
            try {
                return it.hasNext();
            } catch (ServiceConfigurationError e) {
                warn(problems, "skipping a provider that failed to load: " + e.getMessage());
            }
        }
    }

    private static Optional<ExchangeProvider> next(Iterator<ExchangeProvider> it, List<String> problems) {
        try {
            return Optional.of(it.next());
        } catch (ServiceConfigurationError e) {
            warn(problems, "skipping a provider that failed to load: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void accept(ExchangeProvider p, Map<ExchangeId, ExchangeProvider> byId, List<String> problems) {
        ExchangeId id;
        try {
            if (p.spiVersion() != ExchangeProvider.SPI_VERSION) {
                warn(problems, p.getClass().getName() + " implements SPI version " + p.spiVersion()
                        + " but this core needs " + ExchangeProvider.SPI_VERSION + "; skipped");
                return;
            }
            id = p.id();
        } catch (RuntimeException | LinkageError e) {
            warn(problems, p.getClass().getName() + " failed to describe itself (" + e + "); skipped");
            return;
        }
        ExchangeProvider existing = byId.putIfAbsent(id, p);
        if (existing != null) {
            warn(problems, "two providers claim id '" + id + "': " + existing.getClass().getName() + " and "
                    + p.getClass().getName() + "; using " + existing.getClass().getName());
        }
    }

    private static void warn(List<String> problems, String message) {
        problems.add(message);
        LOG.log(System.Logger.Level.WARNING, message);
    }

    /** @return the providers, one per id, sorted by id */
    public List<ExchangeProvider> providers() {
        return List.copyOf(byId.values());
    }

    /**
     * @param id a venue id
     * @return its provider
     */
    public Optional<ExchangeProvider> find(ExchangeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return warnings raised while loading */
    public List<String> problems() {
        return problems;
    }

    /** @return the providers found, as {@code id[markets]} */
    public String describe() {
        if (byId.isEmpty()) {
            return "none (is an exwire-exchange-* jar on the class or module path?)";
        }
        StringBuilder sb = new StringBuilder();
        byId.forEach((id, p) -> sb.append(sb.isEmpty() ? "" : ", ").append(id).append(p.markets()));
        return sb.toString();
    }
}
