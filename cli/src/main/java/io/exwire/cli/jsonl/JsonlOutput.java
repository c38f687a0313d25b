package io.exwire.cli.jsonl;

import java.io.PrintStream;

/**
 * The JSONL destination shared by every sink of a run: one line at a time, flushed per line, nothing written
 * after {@link #close()} (late callbacks of closing components are dropped). Thread-safe.
 */
public final class JsonlOutput implements AutoCloseable {

    private final PrintStream out;
    private boolean closed;

    /**
     * @param out stdout, or a capture in tests
     */
    public JsonlOutput(PrintStream out) {
        this.out = out;
    }

    /**
     * Writes a finished line and flushes.
     *
     * @param line the line, ended with {@link JsonLine#end()}
     */
    public synchronized void write(JsonLine line) {
        if (!closed) {
            line.writeTo(out);
            out.flush();
        }
    }

    /** Stops writing. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        out.flush();
    }
}
