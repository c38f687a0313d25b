package io.exwire.archfixtures.bad.gateio;

/** Breaks noClassLoadingByName. */
final class ReflectiveLoader {
    Object load(String name) throws ReflectiveOperationException {
        return Class.forName(name).getDeclaredConstructor().newInstance();
    }
}
