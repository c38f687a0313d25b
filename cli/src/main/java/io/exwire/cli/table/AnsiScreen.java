package io.exwire.cli.table;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Redraws the table in place with ANSI escape sequences, once a second. */
final class AnsiScreen implements Screen {

    private static final String ESC = "\u001b[";
    private static final String HIDE_CURSOR = ESC + "?25l";
    private static final String SHOW_CURSOR = ESC + "?25h";
    private static final String CLEAR_SCREEN = ESC + "2J";
    private static final String HOME = ESC + "H";
    private static final String CLEAR_LINE_END = ESC + "K";
    private static final String CLEAR_BELOW = ESC + "J";

    private final PrintStream out;
    private boolean started;
    private boolean closed;

    AnsiScreen(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void show(List<String> lines) {
        if (closed) {
            return;
        }
        StringBuilder frame = new StringBuilder(4096);
        if (!started) {
            frame.append(HIDE_CURSOR).append(CLEAR_SCREEN);
            started = true;
        }
        frame.append(HOME);
        for (String line : lines) {
            frame.append(line).append(CLEAR_LINE_END).append('\n');
        }
        frame.append(CLEAR_BELOW);
        out.print(frame);
        out.flush();
    }

    @Override
    public Duration refreshInterval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            out.print(SHOW_CURSOR);
            out.flush();
        }
    }
}
