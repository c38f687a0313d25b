package io.exwire.core;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.spi.ExchangeProvider;
import io.exwire.spi.VenueLimits;
import io.exwire.spi.marketdata.PublicComponents;
import io.exwire.spi.trading.PrivateComponents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class ProviderRegistryTest {

    /** A minimal provider; subclasses choose id and SPI version. */
    abstract static class TestProvider implements ExchangeProvider {
        @Override
        public Set<MarketType> markets() {
            return Set.of(MarketType.SPOT);
        }

        @Override
        public VenueLimits limits(MarketType market) {
            throw new IllegalArgumentException("not needed");
        }

        @Override
        public Optional<PublicComponents> publicComponents(MarketType market) {
            return Optional.empty();
        }

        @Override
        public Optional<PrivateComponents> privateComponents(MarketType market) {
            return Optional.empty();
        }
    }

    public static final class AlphaDup extends TestProvider {
        @Override
        public ExchangeId id() {
            return ExchangeId.of("dup");
        }
    }

    public static final class BetaDup extends TestProvider {
        @Override
        public ExchangeId id() {
            return ExchangeId.of("dup");
        }
    }

    public static final class Good extends TestProvider {
        @Override
        public ExchangeId id() {
            return ExchangeId.of("good");
        }
    }

    public static final class OtherGood extends TestProvider {
        @Override
        public ExchangeId id() {
            return ExchangeId.of("another");
        }
    }

    public static final class FutureSpi extends TestProvider {
        @Override
        public int spiVersion() {
            return SPI_VERSION + 1;
        }

        @Override
        public ExchangeId id() {
            return ExchangeId.of("future");
        }
    }

    public static final class BrokenId extends TestProvider {
        @Override
        public ExchangeId id() {
            throw new IllegalStateException("cannot describe myself");
        }
    }

    public static final class ThrowingConstructor extends TestProvider {
        public ThrowingConstructor() {
            throw new IllegalStateException("constructor failed");
        }

        @Override
        public ExchangeId id() {
            return ExchangeId.of("never");
        }
    }

    /** An iterator whose elements may fail to load, like ServiceLoader's. */
    private static Iterator<ExchangeProvider> iterator(List<Supplier<ExchangeProvider>> elements) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.size();
            }

            @Override
            public ExchangeProvider next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return elements.get(next++).get();
            }
        };
    }

    private static Supplier<ExchangeProvider> failing(String why) {
        return () -> {
            throw new ServiceConfigurationError(why);
        };
    }

    @Test
    @DisplayName("two providers with one id: a warning naming both, and the class name sorting first wins whatever the order")
    void duplicateIds() {
        for (List<Supplier<ExchangeProvider>> order : List.of(
                List.<Supplier<ExchangeProvider>>of(BetaDup::new, AlphaDup::new),
                List.<Supplier<ExchangeProvider>>of(AlphaDup::new, BetaDup::new))) {
            ProviderRegistry r = ProviderRegistry.load(iterator(order));
            assertThat(r.find(ExchangeId.of("dup"))).get().isInstanceOf(AlphaDup.class);
            assertThat(r.providers()).hasSize(1);
            assertThat(r.problems()).singleElement().asString()
                    .contains("dup", AlphaDup.class.getName(), BetaDup.class.getName(), "using " + AlphaDup.class.getName());
        }
    }

    @Test
    @DisplayName("a provider built for another SPI version is skipped with a warning")
    void wrongSpiVersion() {
        ProviderRegistry r = ProviderRegistry.load(iterator(List.of(FutureSpi::new, Good::new)));
        assertThat(r.find(ExchangeId.of("future"))).isEmpty();
        assertThat(r.find(ExchangeId.of("good"))).isPresent();
        assertThat(r.problems()).singleElement().asString().contains(FutureSpi.class.getName(), "SPI version");
    }

    @Test
    @DisplayName("providers that fail to load or to describe themselves do not hide the others")
    void failuresDoNotHideOthers() {
        ProviderRegistry r = ProviderRegistry.load(iterator(List.of(failing("first broken"), Good::new,
                BrokenId::new, failing("second broken"), OtherGood::new)));
        assertThat(r.providers()).extracting(p -> p.id().id()).containsExactly("another", "good");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("first broken"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains(BrokenId.class.getName(), "cannot describe myself"));
        assertThat(r.describe()).isEqualTo("another[SPOT], good[SPOT]");
    }

    @Test
    @DisplayName("with a real ServiceLoader a provider whose constructor throws is skipped and the rest are found")
    void realServiceLoader(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ExchangeProvider.class.getName()), String.join("\n",
                ThrowingConstructor.class.getName(), Good.class.getName(), "io.exwire.core.NoSuchProvider",
                OtherGood.class.getName()) + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            ProviderRegistry r = ProviderRegistry.load(ServiceLoader.load(ExchangeProvider.class, loader).iterator());
            assertThat(r.providers()).extracting(p -> p.id().id()).containsExactly("another", "good");
            List<String> problems = new ArrayList<>(r.problems());
            assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("skipping a provider that failed to load"));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains(ThrowingConstructor.class.getName()));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("NoSuchProvider"));
        }
    }

    @Test
    @DisplayName("no providers: describe() says how to add one")
    void empty() {
        ProviderRegistry r = ProviderRegistry.load(iterator(List.of()));
        assertThat(r.providers()).isEmpty();
        assertThat(r.describe()).contains("none");
    }
}
