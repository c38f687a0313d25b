package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact arithmetic helpers over {@link Decimal} for the simulators (cold path: goes through {@link BigDecimal}).
 * Stateless and thread-safe.
 */
public final class Decimals {

    /** The value one. */
    public static final Decimal ONE = Decimal.ofLong(1);

    /** Scale used for money amounts (balances, fees, PnL). */
    public static final int MONEY_SCALE = 8;

    private Decimals() {
    }

    /**
     * Converts a {@link BigDecimal}, rounding half-even to at most {@code maxScale} fractional digits.
     *
     * @param value the value
     * @param maxScale the largest scale kept
     * @return the decimal, trailing zeros stripped
     */
    public static Decimal of(BigDecimal value, int maxScale) {
        BigDecimal rounded = value.setScale(Math.min(maxScale, Decimal.MAX_SCALE), RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return Decimal.of(rounded.unscaledValue().longValueExact(), rounded.scale());
    }

    /**
     * @param a a factor
     * @param b a factor
     * @return {@code a × b} rounded to {@link #MONEY_SCALE}
     */
    public static Decimal mul(Decimal a, Decimal b) {
        return of(a.toBigDecimal().multiply(b.toBigDecimal()), MONEY_SCALE);
    }

    /**
     * @param a a factor
     * @param b a factor
     * @param c a factor
     * @return {@code a × b × c} rounded to {@link #MONEY_SCALE}
     */
    public static Decimal mul(Decimal a, Decimal b, Decimal c) {
        return of(a.toBigDecimal().multiply(b.toBigDecimal()).multiply(c.toBigDecimal()), MONEY_SCALE);
    }

    /**
     * @param a the dividend
     * @param b the divisor, not zero
     * @param scale the result scale
     * @return {@code a / b} rounded half-even to {@code scale}
     */
    public static Decimal div(Decimal a, Decimal b, int scale) {
        return of(a.toBigDecimal().divide(b.toBigDecimal(), scale, RoundingMode.HALF_EVEN), scale);
    }

    /**
     * @param a a value
     * @param b a value
     * @return the smaller one
     */
    public static Decimal min(Decimal a, Decimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Truncates toward zero to a whole number (Gate.io's integer-size mode).
     *
     * @param value the value
     * @return the integral part
     */
    public static long truncate(Decimal value) {
        return value.toBigDecimal().setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /**
     * The value as a mantissa at {@code scale}, rounding half-even when the value has more digits.
     *
     * @param value the value
     * @param scale the target scale
     * @return the mantissa
     */
    public static long mantissaAt(Decimal value, int scale) {
        if (value.scale() <= scale) {
            return value.rescaled(scale);
        }
        return value.toBigDecimal().setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
