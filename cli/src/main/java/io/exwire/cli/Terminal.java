package io.exwire.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether stdout is a terminal, so the table may be redrawn in place. */
final class Terminal {

    private Terminal() {
    }

    /**
     * {@code System.console()} is null when stdin or stdout is not a terminal. From JDK 22 it may be non-null
     * anyway, and {@code Console.isTerminal()} (looked up reflectively: the CLI is compiled for 21) decides.
     *
     * @return whether to draw with ANSI sequences
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
