package io.exwire.gateio.wire;

import io.exwire.api.model.Decimal;

/**
 * Read access to the scalar fields of one Gate.io JSON object, whether it came from a websocket push
 * ({@link FlatObject}) or a REST body ({@link TreeFields}), so that one mapper serves both. Numbers keep their exact
 * text: ids beyond 2^53 and decimals never pass through {@code double}.
 */
public interface Fields {

    /**
     * @param name a field name
     * @return whether the field is present and not null
     */
    boolean has(String name);

    /**
     * @param name a field name
     * @return the value's text (numbers as sent, strings unescaped), or null when absent or null
     */
    String string(String name);

    /**
     * @param name a field name
     * @return the exact value of a number or numeric string, or null when absent, null or an empty string
     * @throws io.exwire.api.exception.ProtocolException when the value is not a number
     */
    Decimal decimal(String name);

    /**
     * @param name a field name
     * @param absent the value returned when the field is absent, null or empty
     * @return the number truncated toward zero (fractional milliseconds such as {@code "1606292218213.4578"})
     * @throws io.exwire.api.exception.ProtocolException when the value is not a number
     */
    default long wholeNumber(String name, long absent) {
        Decimal d = decimal(name);
        if (d == null) {
            return absent;
        }
        long whole = d.mantissa();
        for (int s = d.scale(); s > 0; s--) {
            whole /= 10;
        }
        return whole;
    }

    /**
     * @param name a field name
     * @return whether the field is the boolean {@code true} (or the string {@code "true"})
     */
    default boolean flag(String name) {
        return "true".equals(string(name));
    }

    /**
     * @param name a field name
     * @param expected a value
     * @return whether the field's text equals {@code expected}
     */
    default boolean is(String name, String expected) {
        return expected.equals(string(name));
    }
}
