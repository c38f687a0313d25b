package io.exwire.archfixtures.bad.gateio.wire;

/** Correct wire class. */
public final class Envelope {
}
