package io.exwire.cli.table;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Prints the table as a plain snapshot every few seconds, for pipes, files and CI logs. */
final class PlainScreen implements Screen {

    private final PrintStream out;
    private boolean closed;

    PlainScreen(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void show(List<String> lines) {
        if (closed) {
            return;
        }
        StringBuilder frame = new StringBuilder(4096);
        for (String line : lines) {
            frame.append(line.stripTrailing()).append('\n');
        }
        frame.append('\n');
        out.print(frame);
        out.flush();
    }

    @Override
    public Duration refreshInterval() {
        return Duration.ofSeconds(5);
    }

    @Override
    public synchronized void close() {
        closed = true;
        out.flush();
    }
}
