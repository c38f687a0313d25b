package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;

/**
 * Exact decimal parsing for cold paths (REST bodies, configuration). MEXC's REST API pads some values with up to 30
 * fractional zeros ({@code "2000000.000000000000000000000000000000"}); zeros beyond {@link Decimal#MAX_SCALE}
 * digits, or that would overflow the mantissa, are dropped because they do not change the value; anything else
 * must fit {@link Decimal} exactly.
 */
public final class ColdDecimals {

    private ColdDecimals() {
    }

    /**
     * @param text a plain or scientific decimal
     * @return the exact value
     * @throws ProtocolException if the text is not a decimal or cannot be represented exactly
     */
    public static Decimal parse(String text) {
        String trimmed = text.trim();
        try {
            return Decimal.parse(trimmed, 0, significantEnd(trimmed, Decimal.MAX_SCALE));
        } catch (NumberFormatException | ArithmeticException e) {
            return retryWithoutZeros(trimmed, e);
        }
    }

    private static Decimal retryWithoutZeros(String trimmed, RuntimeException first) {
        int end = significantEnd(trimmed, 0);
        if (end < trimmed.length()) {
            try {
                return Decimal.parse(trimmed, 0, end);
            } catch (NumberFormatException | ArithmeticException e) {
                first.addSuppressed(e);
            }
        }
        throw new ProtocolException("not an exact decimal: '" + abbreviate(trimmed) + "'", first);
    }

    /** The end once trailing fractional zeros beyond {@code keep} fractional digits are dropped. */
    private static int significantEnd(String s, int keep) {
        int dot = s.indexOf('.');
        int end = s.length();
        if (dot < 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return end;
        }
        while (end - dot - 1 > keep && s.charAt(end - 1) == '0') {
            end--;
        }
        return end;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
