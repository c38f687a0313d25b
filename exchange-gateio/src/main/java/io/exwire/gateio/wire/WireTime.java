package io.exwire.gateio.wire;

import io.exwire.api.model.Decimal;

/**
 * Gate.io timestamps come in seconds ({@code time}, REST futures {@code create_time} with a fraction), milliseconds
 * ({@code time_ms}, book {@code t}) and fractional-millisecond strings (spot {@code create_time_ms}). This converts
 * any of them to epoch milliseconds.
 */
public final class WireTime {

    /** Values below this are epoch seconds (the year 5138 in seconds; 1973 in milliseconds). */
    private static final long SECONDS_LIMIT = 100_000_000_000L;

    private WireTime() {
    }

    /**
     * @param value epoch seconds or milliseconds, possibly fractional; null reads as 0
     * @return epoch milliseconds, truncated
     */
    public static long toMillis(Decimal value) {
        if (value == null) {
            return 0;
        }
        long m = value.mantissa();
        int s = value.scale();
        long whole = m;
        for (int i = s; i > 0; i--) {
            whole /= 10;
        }
        if (Math.abs(whole) >= SECONDS_LIMIT) {
            return whole;
        }
        if (s <= 3) {
            return value.rescaled(3);
        }
        for (int i = s; i > 3; i--) {
            m /= 10;
        }
        return m;
    }

    /**
     * The first present field of {@code names}, as epoch milliseconds.
     *
     * @param f the fields
     * @param names candidate field names, most precise first
     * @return epoch milliseconds, or 0 when none is present
     */
    public static long firstMillis(Fields f, String... names) {
        for (String name : names) {
            Decimal d = f.decimal(name);
            if (d != null && d.signum() > 0) {
                return toMillis(d);
            }
        }
        return 0;
    }
}
