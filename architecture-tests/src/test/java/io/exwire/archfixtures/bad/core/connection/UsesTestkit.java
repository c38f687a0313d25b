package io.exwire.archfixtures.bad.core.connection;

import io.exwire.archfixtures.bad.testkit.Simulator;

/** Breaks libraryNeverDependsOnCliOrTestkit: library code needs the testkit. */
public final class UsesTestkit {
    /** @return a simulator */
    public Simulator simulator() {
        return new Simulator();
    }
}
