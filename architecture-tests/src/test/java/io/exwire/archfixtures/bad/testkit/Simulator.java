package io.exwire.archfixtures.bad.testkit;

/** Fixture testkit class. */
public final class Simulator {
}
