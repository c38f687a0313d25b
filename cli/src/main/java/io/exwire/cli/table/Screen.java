package io.exwire.cli.table;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Where rendered tables go: redrawn in place on a terminal, appended as snapshots otherwise. */
public interface Screen extends AutoCloseable {

    /**
     * Shows one frame.
     *
     * @param lines the table
     */
    void show(List<String> lines);

    /** @return how often to render */
    Duration refreshInterval();

    /** Leaves the terminal usable (cursor visible). Idempotent. */
    @Override
    void close();

    /**
     * @param out stdout
     * @param interactive whether stdout is a terminal
     * @return an ANSI screen on a terminal, plain snapshots otherwise
     */
    static Screen of(PrintStream out, boolean interactive) {
        return interactive ? new AnsiScreen(out) : new PlainScreen(out);
    }
}
