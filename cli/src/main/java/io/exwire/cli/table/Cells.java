package io.exwire.cli.table;

import io.exwire.api.model.Decimal;

/** Text of table cells: exact decimals, latencies, rates, fixed-width columns. */
public final class Cells {

    /** Shown for a value not known yet. */
    public static final String NONE = "-";

    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private Cells() {
    }

    /**
     * @param mantissa the unscaled value
     * @param scale the scale
     * @return plain notation without trailing zeros
     */
    public static String decimal(long mantissa, int scale) {
        return Decimal.appendPlain(new StringBuilder(24), mantissa, scale).toString();
    }

    /**
     * @param value a decimal, or null
     * @return its plain notation, or {@link #NONE}
     */
    public static String decimal(Decimal value) {
        return value == null ? NONE : value.toString();
    }

    /**
     * @param nanos a latency in nanoseconds
     * @return e.g. {@code 850ns}, {@code 38us}, {@code 1.2ms}, {@code 2.5s}
     */
    public static String latency(long nanos) {
        if (nanos < MICRO) {
            return nanos + "ns";
        }
        if (nanos < MILLI) {
            return nanos / MICRO + "us";
        }
        if (nanos < SECOND) {
            return oneDecimal(nanos, MILLI) + "ms";
        }
        return oneDecimal(nanos, SECOND) + "s";
    }

    private static String oneDecimal(long value, long unit) {
        long tenths = Math.round(value * 10.0 / unit);
        return tenths / 10 + "." + tenths % 10;
    }

    /**
     * Pads or cuts a cell to a width, left-aligned.
     *
     * @param text the text
     * @param width the width
     * @return exactly {@code width} characters
     */
    public static String left(String text, int width) {
        return text.length() >= width ? cut(text, width) : text + " ".repeat(width - text.length());
    }

    /**
     * Pads or cuts a cell to a width, right-aligned.
     *
     * @param text the text
     * @param width the width
     * @return exactly {@code width} characters
     */
    public static String right(String text, int width) {
        return text.length() >= width ? cut(text, width) : " ".repeat(width - text.length()) + text;
    }

    private static String cut(String text, int width) {
        return text.length() == width ? text : text.substring(0, width - 1) + "~";
    }

    /**
     * @param seconds elapsed seconds
     * @return {@code hh:mm:ss}
     */
    public static String uptime(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
