package io.exwire.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Set;

/**
 * What the module system says about the jar (or classes directory) a class comes from. The rules that check exports
 * and provider registration ask this instead of {@code Class.getModule()}: Surefire runs these tests on the class
 * path ({@code useModulePath=false}), where every class is in the unnamed module and its descriptor is null, so the
 * production implementation ({@link CodeSourceModuleFacts}) reads {@code module-info.class} itself. The fixture
 * tests pass descriptors built in code.
 */
public interface ModuleFacts {

    /**
     * @param javaClass an imported class
     * @return the descriptor of the module the class is packaged in, or empty if its jar has no {@code module-info}
     */
    Optional<ModuleDescriptor> descriptorOf(JavaClass javaClass);

    /**
     * @param javaClass an imported class
     * @param service a service interface's binary name
     * @return the provider class names listed in {@code META-INF/services/<service>} beside the class
     */
    Set<String> serviceFileEntries(JavaClass javaClass, String service);
}
