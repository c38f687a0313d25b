package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;

/**
 * Parses an ASCII decimal held in a byte range ({@code "-12.500"}, {@code "1e-8"}) exactly into a mantissa and a
 * scale, without allocating, {@code double} or {@code BigDecimal}. MEXC's protobuf pushes carry every price and size
 * as such a string. Trailing fractional zeros are kept as sent, except those beyond {@link Decimal#MAX_SCALE} digits
 * or that would overflow the mantissa, which are dropped because they do not change the value. An empty range reads
 * as zero (proto3 omits defaults). The common case (an optional {@code -}, digits and one {@code .}, at most 18
 * characters) takes a one-pass path; everything else, including the errors, the general path. Reused by its owner;
 * not thread-safe.
 */
public final class AsciiDecimal {

    private static final long[] POW10 = new long[Decimal.MAX_SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i <= Decimal.MAX_SCALE; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Longest input of the one-pass path: 18 digits can never overflow a {@code long}. */
    private static final int FAST_PATH_MAX_LENGTH = 18;
    /** {@link #scanPlain} result for input the one-pass path does not handle. */
    private static final int NOT_PLAIN = -2;
    /** Longest accepted exponent, in digits. */
    private static final int MAX_EXPONENT_DIGITS = 3;

    private long mantissa;
    private int scale;

    /**
     * Parses {@code bytes[from, to)}.
     *
     * @param bytes the buffer
     * @param from first index
     * @param to index after the last
     * @throws ProtocolException if the range is not a decimal or does not fit a {@code long} mantissa and scale 0..18
     */
    public void parse(byte[] bytes, int from, int to) {
        mantissa = 0;
        scale = 0;
        if (from == to || parsePlain(bytes, from, to)) {
            return;
        }
        parseGeneral(bytes, from, to);
    }

    /** @return the unscaled value of the last parse */
    public long mantissa() {
        return mantissa;
    }

    /** @return the scale of the last parse */
    public int scale() {
        return scale;
    }

    /**
     * The common case in one pass: an optional {@code -}, digits and at most one {@code .}, no more than
     * {@value #FAST_PATH_MAX_LENGTH} characters, so at most 18 digits: no overflow is possible and no trailing zero
     * needs dropping. Anything else ({@code +}, exponents, longer strings, malformed input) returns false for the
     * general path, which also produces the error.
     */
    private boolean parsePlain(byte[] b, int from, int to) {
        if (to - from > FAST_PATH_MAX_LENGTH) {
            return false;
        }
        boolean negative = b[from] == '-';
        int start = negative ? from + 1 : from;
        int dot = scanPlain(b, start, to);
        int digits = to - start - (dot < 0 ? 0 : 1);
        if (dot == NOT_PLAIN || digits <= 0) {
            return false;
        }
        scale = dot < 0 ? 0 : to - dot - 1;
        if (negative) {
            mantissa = -mantissa;
        }
        return true;
    }

    /** Digits and at most one dot into {@link #mantissa}; returns the dot's index, -1 without one, or NOT_PLAIN. */
    private int scanPlain(byte[] b, int from, int to) {
        int dot = -1;
        long m = 0;
        for (int k = from; k < to; k++) {
            int digit = b[k] - '0';
            if (digit >= 0 && digit <= 9) {
                m = m * 10 + digit;
            } else if (b[k] == '.' && dot < 0) {
                dot = k;
            } else {
                return NOT_PLAIN;
            }
        }
        mantissa = m;
        return dot;
    }

    private void parseGeneral(byte[] bytes, int from, int to) {
        boolean negative = bytes[from] == '-';
        int start = negative || bytes[from] == '+' ? from + 1 : from;
        int exponentAt = exponentIndex(bytes, start, to);
        digits(bytes, start, exponentAt);
        if (exponentAt < to) {
            applyExponent(exponent(bytes, exponentAt + 1, to));
        }
        if (negative) {
            mantissa = -mantissa;
        }
    }

    private void digits(byte[] b, int from, int to) {
        int end = significantEnd(b, from, to, Decimal.MAX_SCALE);
        if (accumulate(b, from, end)) {
            return;
        }
        int shorter = significantEnd(b, from, end, 0);
        if (shorter == end || !accumulate(b, from, shorter)) {
            throw malformed("decimal out of range");
        }
    }

    private static int exponentIndex(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == 'e' || b[i] == 'E') {
                return i;
            }
        }
        return to;
    }

    /** The end of the digits once trailing fractional zeros beyond {@code keep} fractional digits are dropped. */
    private static int significantEnd(byte[] b, int from, int to, int keep) {
        int dot = -1;
        for (int i = from; i < to && dot < 0; i++) {
            if (b[i] == '.') {
                dot = i;
            }
        }
        int end = to;
        while (dot >= 0 && end - dot - 1 > keep && b[end - 1] == '0') {
            end--;
        }
        return end;
    }

    /** @return false when the digits overflow a {@code long} */
    private boolean accumulate(byte[] b, int from, int to) {
        long m = 0;
        int digits = 0;
        int dot = -1;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                if (m > (Long.MAX_VALUE - c) / 10) {
                    return false;
                }
                m = m * 10 + c;
                digits++;
            } else if (b[i] == '.' && dot < 0) {
                dot = i;
            } else {
                throw malformed("not a decimal");
            }
        }
        set(m, digits, dot < 0 ? 0 : to - dot - 1);
        return true;
    }

    private void set(long m, int digits, int s) {
        if (digits == 0 || s > Decimal.MAX_SCALE) {
            throw malformed("not a decimal or too many fractional digits");
        }
        mantissa = m;
        scale = s;
    }

    private static int exponent(byte[] b, int from, int to) {
        int sign = from < to ? b[from] : 0;
        boolean signed = sign == '-' || sign == '+';
        int value = exponentDigits(b, signed ? from + 1 : from, to);
        return sign == '-' ? -value : value;
    }

    private static int exponentDigits(byte[] b, int from, int to) {
        if (from == to || to - from > MAX_EXPONENT_DIGITS) {
            throw malformed("bad exponent");
        }
        int e = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw malformed("bad exponent");
            }
            e = e * 10 + (b[i] - '0');
        }
        return e;
    }

    private void applyExponent(int e) {
        int s = scale - e;
        if (s > Decimal.MAX_SCALE || s < -Decimal.MAX_SCALE) {
            throw malformed("decimal out of range");
        }
        if (s < 0) {
            long factor = POW10[-s];
            if (mantissa > Long.MAX_VALUE / factor) {
                throw malformed("decimal out of range");
            }
            mantissa *= factor;
            s = 0;
        }
        scale = s;
    }

    private static ProtocolException malformed(String what) {
        return new ProtocolException("malformed protobuf: " + what);
    }
}
