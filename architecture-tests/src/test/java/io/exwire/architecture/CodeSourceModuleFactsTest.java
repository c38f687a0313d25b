package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production {@link ModuleFacts} really reads the module descriptors of the jars under test (the export and
 * registration rules depend on it), and reports a class without {@code module-info} as such.
 */
class CodeSourceModuleFactsTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.exwire.api", "io.exwire.core", "io.exwire.gateio", "io.exwire.mexc");

    @Test
    void readsTheDescriptorOfTheJarAClassComesFrom() {
        ModuleDescriptor core = CodeSourceModuleFacts.INSTANCE.descriptorOf(PRODUCTION.get("io.exwire.core.Exchanges"))
                .orElseThrow();
        assertThat(core.name()).isEqualTo("io.exwire.core");
        assertThat(core.exports()).extracting(ModuleDescriptor.Exports::source).contains("io.exwire.core.codec");
        assertThat(core.uses()).contains("io.exwire.spi.ExchangeProvider");

        ModuleDescriptor api = CodeSourceModuleFacts.INSTANCE
                .descriptorOf(PRODUCTION.get("io.exwire.api.model.Decimal")).orElseThrow();
        assertThat(api.name()).isEqualTo("io.exwire.api");
        assertThat(api.requires()).extracting(ModuleDescriptor.Requires::name).containsOnly("java.base");
    }

    @Test
    void venueJarsAreNamedModules() {
        for (String venue : ExwireRules.VENUES) {
            Optional<JavaClass> any = PRODUCTION.stream()
                    .filter(c -> c.getPackageName().startsWith("io.exwire." + venue)).findFirst();
            assertThat(any).as("classes of %s imported", venue).isPresent();
            assertThat(CodeSourceModuleFacts.INSTANCE.descriptorOf(any.get()))
                    .as("module descriptor of %s", venue).isPresent();
        }
    }

    @Test
    void aClassWithoutModuleInfoHasNoDescriptor() {
        JavaClass fixture = new ClassFileImporter().importClass(CodeSourceModuleFactsTest.class);
        assertThat(CodeSourceModuleFacts.root(fixture)).startsWith("file:").endsWith("/test-classes/");
        assertThat(CodeSourceModuleFacts.INSTANCE.descriptorOf(fixture)).isEmpty();
        assertThat(CodeSourceModuleFacts.INSTANCE.serviceFileEntries(fixture, "io.exwire.spi.ExchangeProvider"))
                .isEmpty();
    }

    @Test
    void readsTheConstantPoolOfAClass() {
        assertThat(ClassFileStrings.of(PRODUCTION.get("io.exwire.core.ProviderRegistry")))
                .contains("io/exwire/spi/ExchangeProvider", "ProviderRegistry.java");
    }
}
