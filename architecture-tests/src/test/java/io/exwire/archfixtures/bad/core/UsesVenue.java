package io.exwire.archfixtures.bad.core;

import io.exwire.archfixtures.bad.gateio.wire.Envelope;

/** Breaks coreNeverDependsOnVenues: core imports an adapter class. */
public final class UsesVenue {
    /** @return an envelope */
    public Envelope envelope() {
        return new Envelope();
    }
}
