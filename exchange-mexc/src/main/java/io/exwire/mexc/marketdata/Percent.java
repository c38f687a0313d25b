package io.exwire.mexc.marketdata;

import io.exwire.api.model.Decimal;

/** Turns MEXC's change rates, which are fractions ({@code -0.0424}), into the percent the api reports, exactly. */
final class Percent {

    private Percent() {
    }

    /**
     * @param fraction a fraction such as 0.0123, or null
     * @return the same value in percent (1.23), or null
     */
    static Decimal of(Decimal fraction) {
        if (fraction == null) {
            return null;
        }
        if (fraction.scale() >= 2) {
            return Decimal.of(fraction.mantissa(), fraction.scale() - 2);
        }
        return Decimal.of(Math.multiplyExact(fraction.mantissa(), fraction.scale() == 1 ? 10L : 100L), 0);
    }
}
