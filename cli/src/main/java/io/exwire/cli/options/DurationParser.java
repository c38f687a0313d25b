package io.exwire.cli.options;

import io.exwire.cli.control.UsageException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 90} (seconds) or {@code PT1M}. */
public final class DurationParser {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private DurationParser() {
    }

    /**
     * Parses a positive duration.
     *
     * @param option the option name, for messages
     * @param text the text
     * @return the duration
     * @throws UsageException if the text is not a positive duration
     */
    public static Duration parse(String option, String text) {
        Duration d = text.regionMatches(true, 0, "PT", 0, 2) ? iso(option, text) : simple(option, text);
        if (d.isZero() || d.isNegative()) {
            throw new UsageException("--" + option + " must be positive but was '" + text + "'");
        }
        return d;
    }

    private static Duration simple(String option, String text) {
        Matcher m = SHORT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException("--" + option + " must be a duration like 30s, 500ms, 2m or 1h but was '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static Duration iso(String option, String text) {
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " is not an ISO-8601 duration: '" + text + "'");
        }
    }
}
