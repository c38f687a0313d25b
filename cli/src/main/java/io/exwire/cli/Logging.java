package io.exwire.cli;

import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CLI's log level: exwire and Helidon log through {@code java.util.logging} to stderr; a command line shows
 * warnings and errors only, unless {@code EXWIRE_LOG_LEVEL} (e.g. {@code INFO}, {@code FINE}) says otherwise.
 */
final class Logging {

    private Logging() {
    }

    /**
     * @param requested the value of {@code EXWIRE_LOG_LEVEL}, or null
     * @return the level applied
     */
    static Level configure(String requested) {
        Level level = parse(requested);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
        return level;
    }

    private static Level parse(String requested) {
        if (requested == null || requested.isBlank()) {
            return Level.WARNING;
        }
        try {
            return Level.parse(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARNING;
        }
    }
}
