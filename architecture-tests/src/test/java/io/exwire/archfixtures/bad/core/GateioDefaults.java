package io.exwire.archfixtures.bad.core;

/** Breaks coreClassesAreNotNamedAfterVenues: a core class named after a venue. */
public final class GateioDefaults {
    /** @return a depth */
    public int depth() {
        return 20;
    }
}
