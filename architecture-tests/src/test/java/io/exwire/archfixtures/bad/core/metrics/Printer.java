package io.exwire.archfixtures.bad.core.metrics;

/** Breaks noConsoleOutputOutsideCli: library code printing to stdout. */
public final class Printer {
    /** @param value value */
    public void print(long value) {
        System.out.println(value);
    }
}
