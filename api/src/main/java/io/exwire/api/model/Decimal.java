package io.exwire.api.model;

import java.math.BigDecimal;

/**
 * An exact fixed-point decimal: an unscaled {@code long} mantissa and a decimal scale, so the value is
 * {@code mantissa × 10^-scale}.
 *
 * <p><b>Range.</b> The mantissa covers the full {@code long} range (about ±9.22 × 10^18); the scale is 0 to
 * {@link #MAX_SCALE} (18). A venue string with more than 18 significant fractional digits, or whose digits do not
 * fit a {@code long}, is rejected with {@link NumberFormatException} — never rounded. Trailing zeros are kept as
 * parsed ({@code "0.100"} has mantissa 100 and scale 3) but {@link #equals}, {@link #hashCode} and
 * {@link #compareTo} are numeric, and {@link #toString()} prints the plain form without trailing zeros.
 *
 * <p><b>Hot path.</b> Decoders never create {@code Decimal} objects per message: they parse digits straight into a
 * mantissa and scale ({@link #parseMantissa}/{@link #scaleOf} are the reference), and market-data views expose
 * those primitives. {@code Decimal} is the convenient, immutable form for application code and cold paths.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Decimal implements Comparable<Decimal> {

    /** Largest supported scale (number of fractional digits). */
    public static final int MAX_SCALE = 18;

    /** The value zero with scale 0. */
    public static final Decimal ZERO = new Decimal(0, 0);

    private static final long[] POW10 = new long[MAX_SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i <= MAX_SCALE; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final long mantissa;
    private final int scale;

    /**
     * Ten to the power {@code exponent}, from a table: the one power-of-ten table for fixed-point code (decoders,
     * books) so none keeps its own copy.
     *
     * @param exponent 0 to {@link #MAX_SCALE}
     * @return 10<sup>exponent</sup>
     * @throws ArrayIndexOutOfBoundsException when {@code exponent} is outside 0..{@link #MAX_SCALE}
     */
    public static long powerOfTen(int exponent) {
        return POW10[exponent];
    }

    private Decimal(long mantissa, int scale) {
        this.mantissa = mantissa;
        this.scale = scale;
    }

    /**
     * Creates a decimal {@code mantissa × 10^-scale}.
     *
     * @param mantissa the unscaled value
     * @param scale the number of fractional digits, 0 to {@link #MAX_SCALE}
     * @return the decimal
     * @throws IllegalArgumentException if the scale is out of range
     */
    public static Decimal of(long mantissa, int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 0.." + MAX_SCALE + " but was " + scale);
        }
        return new Decimal(mantissa, scale);
    }

    /**
     * Creates a whole-number decimal.
     *
     * @param value the value
     * @return the decimal with scale 0
     */
    public static Decimal ofLong(long value) {
        return new Decimal(value, 0);
    }

    /**
     * Parses a plain or scientific decimal string such as {@code "-12.500"} or {@code "1e-8"} exactly.
     *
     * @param text the digits as the venue sent them
     * @return the exact decimal
     * @throws NumberFormatException if the text is not a number or does not fit the documented range
     */
    public static Decimal parse(CharSequence text) {
        if (text == null) {
            throw new NumberFormatException("null decimal");
        }
        return parse(text, 0, text.length());
    }

    /**
     * Parses the characters {@code [start, end)} of {@code text} exactly.
     *
     * @param text the characters
     * @param start the first index, inclusive
     * @param end the last index, exclusive
     * @return the exact decimal
     * @throws NumberFormatException if the range is not a number or does not fit the documented range
     */
    public static Decimal parse(CharSequence text, int start, int end) {
        long m = parseMantissa(text, start, end);
        return new Decimal(m, scaleOf(text, start, end));
    }

    /**
     * Parses the mantissa of {@code [start, end)} without allocating; pair it with {@link #scaleOf}.
     *
     * @param text the characters
     * @param start the first index, inclusive
     * @param end the last index, exclusive
     * @return the unscaled value
     * @throws NumberFormatException if the range is not a number or does not fit the documented range
     */
    public static long parseMantissa(CharSequence text, int start, int end) {
        int exp = exponentStart(text, start, end);
        if (exp < 0) {
            return digitsValue(text, start, end);
        }
        long value = digitsValue(text, start, exp);
        int shift = exponentOf(text, exp, end) - fractionDigits(text, start, exp);
        if (shift <= 0) {
            return value;
        }
        if (shift > MAX_SCALE) {
            throw new NumberFormatException("out of range: " + text.subSequence(start, end));
        }
        try {
            return Math.multiplyExact(value, POW10[shift]);
        } catch (ArithmeticException e) {
            throw new NumberFormatException("out of range: " + text.subSequence(start, end));
        }
    }

    /**
     * The scale of {@code [start, end)}: its number of fractional digits, adjusted by any exponent.
     *
     * @param text the characters
     * @param start the first index, inclusive
     * @param end the last index, exclusive
     * @return the scale, 0 to {@link #MAX_SCALE}
     * @throws NumberFormatException if the scale is out of range
     */
    public static int scaleOf(CharSequence text, int start, int end) {
        int exp = exponentStart(text, start, end);
        int scale = exp < 0
                ? fractionDigits(text, start, end)
                : Math.max(0, fractionDigits(text, start, exp) - exponentOf(text, exp, end));
        if (scale > MAX_SCALE) {
            throw new NumberFormatException("more than " + MAX_SCALE + " fractional digits: " + text.subSequence(start, end));
        }
        return scale;
    }

    private static int exponentStart(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return i;
            }
        }
        return -1;
    }

    private static int fractionDigits(CharSequence text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '.') {
                return end - 1 - i;
            }
        }
        return 0;
    }

    private static int exponentOf(CharSequence text, int exp, int end) {
        for (int i = exp + 1; i < end; i++) {
            if (text.charAt(i) == '.') {
                throw new NumberFormatException("fractional exponent: " + text.subSequence(exp, end));
            }
        }
        long e = digitsValue(text, exp + 1, end);
        if (e > 99 || e < -99) {
            throw new NumberFormatException("exponent out of range");
        }
        return (int) e;
    }

    private static long digitsValue(CharSequence text, int start, int end) {
        if (start >= end) {
            throw new NumberFormatException("empty number");
        }
        char first = text.charAt(start);
        boolean signed = first == '-' || first == '+';
        long value = unsignedDigits(text, signed ? start + 1 : start, end, start);
        return first == '-' ? -value : value;
    }

    private static long unsignedDigits(CharSequence text, int from, int end, int start) {
        long value = 0;
        int digits = 0;
        boolean dot = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a decimal: " + text.subSequence(start, end));
            }
            value = accumulate(value, c - '0', text, start, end);
            digits++;
        }
        if (digits == 0) {
            throw new NumberFormatException("not a decimal: " + text.subSequence(start, end));
        }
        return value;
    }

    private static long accumulate(long value, int digit, CharSequence text, int start, int end) {
        if (value > (Long.MAX_VALUE - digit) / 10) {
            throw new NumberFormatException("out of range: " + text.subSequence(start, end));
        }
        return value * 10 + digit;
    }

    /**
     * Appends {@code mantissa × 10^-scale} in plain notation without trailing zeros ({@code 0.1}, {@code 5},
     * {@code -0.00012}), allocating nothing.
     *
     * @param out the destination
     * @param mantissa the unscaled value
     * @param scale the scale
     * @return {@code out}
     */
    public static StringBuilder appendPlain(StringBuilder out, long mantissa, int scale) {
        while (scale > 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            scale--;
        }
        if (mantissa < 0) {
            out.append('-');
        }
        if (scale == 0) {
            return mantissa == Long.MIN_VALUE ? out.append("9223372036854775808") : out.append(Math.abs(mantissa));
        }
        long whole = Math.abs(mantissa / POW10[scale]);
        long fraction = Math.abs(mantissa % POW10[scale]);
        out.append(whole).append('.');
        for (int d = scale - 1; d >= 0 && fraction < POW10[d]; d--) {
            out.append('0');
        }
        return out.append(fraction);
    }

    /**
     * Returns the unscaled value.
     *
     * @return the unscaled value
     */
    public long mantissa() {
        return mantissa;
    }

    /**
     * Returns the number of fractional digits.
     *
     * @return the number of fractional digits
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns -1, 0 or 1 as this value is negative, zero or positive.
     *
     * @return -1, 0 or 1 as this value is negative, zero or positive
     */
    public int signum() {
        return Long.signum(mantissa);
    }

    /**
     * Returns whether this value is zero.
     *
     * @return whether this value is zero
     */
    public boolean isZero() {
        return mantissa == 0;
    }

    /**
     * Returns the absolute value.
     *
     * @return the absolute value
     */
    public Decimal abs() {
        return mantissa >= 0 ? this : new Decimal(Math.negateExact(mantissa), scale);
    }

    /**
     * Returns the negated value.
     *
     * @return the negated value
     */
    public Decimal negate() {
        return new Decimal(Math.negateExact(mantissa), scale);
    }

    /**
     * Exact sum.
     *
     * @param other the addend
     * @return {@code this + other}
     * @throws ArithmeticException on overflow
     */
    public Decimal add(Decimal other) {
        int s = Math.max(scale, other.scale);
        return new Decimal(Math.addExact(rescaled(s), other.rescaled(s)), s);
    }

    /**
     * Exact difference.
     *
     * @param other the subtrahend
     * @return {@code this - other}
     * @throws ArithmeticException on overflow
     */
    public Decimal subtract(Decimal other) {
        return add(other.negate());
    }

    /**
     * This value with the given, not smaller, scale.
     *
     * @param newScale the scale, at least {@link #scale()}
     * @return the mantissa at {@code newScale}
     * @throws ArithmeticException on overflow or if {@code newScale} is smaller than the scale
     */
    public long rescaled(int newScale) {
        if (newScale < scale) {
            throw new ArithmeticException("cannot reduce scale " + scale + " to " + newScale + " exactly");
        }
        return Math.multiplyExact(mantissa, POW10[newScale - scale]);
    }

    /**
     * Returns the same value with trailing fractional zeros removed.
     *
     * @return the same value with trailing fractional zeros removed
     */
    public Decimal stripTrailingZeros() {
        long m = mantissa;
        int s = scale;
        while (s > 0 && m % 10 == 0) {
            m /= 10;
            s--;
        }
        return s == scale ? this : new Decimal(m, s);
    }

    /**
     * Returns the exact {@link BigDecimal} (a convenience for application code, never used on the hot path).
     *
     * @return the exact {@link BigDecimal} (a convenience for application code, never used on the hot path)
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(mantissa, scale);
    }

    @Override
    public int compareTo(Decimal other) {
        if (scale == other.scale) {
            return Long.compare(mantissa, other.mantissa);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Decimal d)) {
            return false;
        }
        Decimal a = stripTrailingZeros();
        Decimal b = d.stripTrailingZeros();
        return a.mantissa == b.mantissa && a.scale == b.scale;
    }

    @Override
    public int hashCode() {
        Decimal a = stripTrailingZeros();
        return Long.hashCode(a.mantissa) * 31 + a.scale;
    }

    /**
     * Returns the plain notation without trailing zeros, e.g. {@code "0.1"} for {@code "0.100"}.
     *
     * @return the plain notation without trailing zeros, e.g. {@code "0.1"} for {@code "0.100"}
     */
    @Override
    public String toString() {
        return appendPlain(new StringBuilder(24), mantissa, scale).toString();
    }
}
