package io.exwire.core.codec;

import io.exwire.api.model.Decimal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SWAR ("SIMD within a register") arithmetic on little-endian 64-bit words of ASCII bytes, for {@link ByteCursor}:
 * how many leading bytes are digits, the value of up to eight digits (three multiplications instead of eight
 * dependent multiply-adds), and which bytes are zero. Stateless; callers keep loads inside their arrays.
 */
final class Swar {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030303030303030L;
    private static final long ABOVE_NINE = 0x4646464646464646L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private Swar() {
    }

    /** @return the eight bytes at {@code at}, little-endian (byte {@code at} is the lowest) */
    static long load(byte[] bytes, int at) {
        return (long) LONGS.get(bytes, at);
    }

    /** @return how many of the word's leading (lowest) bytes are ASCII digits, 0 to 8 */
    static int digitRun(long w) {
        return Long.numberOfTrailingZeros(((w - ZEROS) | (w + ABOVE_NINE)) & HIGH_BITS) >>> 3;
    }

    /**
     * @param w a word whose first {@code n} bytes are digits
     * @param n 1 to 8
     * @return the value of those digits
     */
    static long digitsValue(long w, int n) {
        long v = (w - ZEROS) << ((8 - n) << 3);
        v = (v * 10 + (v >>> 8)) & 0x00FF00FF00FF00FFL;
        v = (v * 100 + (v >>> 16)) & 0x0000FFFF0000FFFFL;
        return (v * 10_000 + (v >>> 32)) & 0xFFFFFFFFL;
    }

    /** High bit set in (at least) the lowest zero byte of {@code w}; exact for the lowest one. */
    static long zeroBytes(long w) {
        return (w - ONES) & ~w & HIGH_BITS;
    }

    /**
     * The value of {@code whole} digits, a byte the caller has checked is the dot, and {@code fraction} digits, at
     * {@code at}, as one mantissa; both counts 1 to 8. Up to seven digits in all are converted as one word with the
     * dot squeezed out, more as two independent words. Reads up to 8 bytes past the last digit.
     *
     * @return the mantissa, or -1 when a byte that should be a digit is not
     */
    static long dottedValue(byte[] bytes, int at, int whole, int fraction) {
        long w1 = load(bytes, at);
        int digits = whole + fraction;
        if (digits < 8) {
            // both parts in one word: drop the dot byte and convert once
            long below = (1L << (whole << 3)) - 1;
            long merged = (w1 & below) | ((w1 >>> 8) & ~below);
            return digitRun(merged) >= digits ? digitsValue(merged, digits) : -1;
        }
        long w2 = load(bytes, at + whole + 1);
        long value = digitsValue(w1, whole) * Decimal.powerOfTen(fraction) + digitsValue(w2, fraction);
        return (digitRun(w1) - whole | digitRun(w2) - fraction) >= 0 ? value : -1;
    }

    /**
     * The value of the {@code n} digits at {@code at}, 1 to 16 (what follows them is the caller's to check). Reads
     * 16 bytes from {@code at}.
     *
     * @return the value, or -1 when one of those {@code n} bytes is not a digit
     */
    static long digitsAt(byte[] bytes, int at, int n) {
        long w1 = load(bytes, at);
        if (n <= 8) {
            return digitRun(w1) >= n ? digitsValue(w1, n) : -1;
        }
        long w2 = load(bytes, at + 8);
        boolean digits = digitRun(w1) == 8 && digitRun(w2) >= n - 8;
        return digits ? digitsValue(w1, 8) * Decimal.powerOfTen(n - 8) + digitsValue(w2, n - 8) : -1;
    }

    /** @return whether the {@code n} bytes at {@code at} (1 to 16) are all digits; reads 16 bytes from {@code at} */
    static boolean areDigits(byte[] bytes, int at, int n) {
        int first = digitRun(load(bytes, at));
        return n <= 8 ? first >= n : first == 8 && digitRun(load(bytes, at + 8)) >= n - 8;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
