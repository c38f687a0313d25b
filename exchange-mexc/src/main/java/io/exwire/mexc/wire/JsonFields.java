package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.core.codec.JsonCursor;

import java.util.Arrays;

/**
 * Collects the named scalar fields of one flat JSON object in a single pass with core's {@link JsonCursor}, so a
 * mapper can read them by index afterwards whatever their order, whether numbers arrive bare or quoted
 * ({@code 102067003631907840} or {@code "102067003631907840"}) and with JSON {@code null} treated as absent. Nested
 * objects and arrays are skipped. Used for the low-rate shapes that become immutable records (private pushes, REST
 * entities); strings are materialised, numbers kept as mantissa and scale. Reused; not thread-safe.
 */
public final class JsonFields {

    private static final byte ABSENT = 0;
    private static final byte STRING = 1;
    private static final byte NUMBER = 2;
    private static final byte TRUE = 3;
    private static final byte FALSE = 4;

    private final String[] names;
    private final byte[] kinds;
    private final String[] strings;
    private final long[] mantissas;
    private final int[] scales;

    /** @param names the field names; a field's index in this list is its index in the accessors */
    public JsonFields(String... names) {
        this.names = names.clone();
        this.kinds = new byte[names.length];
        this.strings = new String[names.length];
        this.mantissas = new long[names.length];
        this.scales = new int[names.length];
    }

    /**
     * Reads the object the cursor is positioned on, including its closing brace.
     *
     * @param cur the cursor, before the object's {@code '{'}
     * @return this
     */
    public JsonFields read(JsonCursor cur) {
        Arrays.fill(kinds, ABSENT);
        Arrays.fill(strings, null);
        cur.beginObject();
        while (cur.nextField()) {
            int i = indexOf(cur);
            if (i < 0) {
                cur.skipValue();
            } else {
                readValue(cur, i);
            }
        }
        return this;
    }

    private int indexOf(JsonCursor cur) {
        for (int i = 0; i < names.length; i++) {
            if (cur.fieldIs(names[i])) {
                return i;
            }
        }
        return -1;
    }

    private void readValue(JsonCursor cur, int i) {
        switch (cur.peek()) {
            case STRING -> {
                strings[i] = cur.readString();
                kinds[i] = STRING;
            }
            case NUMBER -> {
                cur.readDecimal();
                mantissas[i] = cur.mantissa();
                scales[i] = cur.scale();
                kinds[i] = NUMBER;
            }
            case BOOLEAN -> kinds[i] = cur.readBoolean() ? TRUE : FALSE;
            default -> cur.skipValue();
        }
    }

    /**
     * @param i a field index
     * @return whether the field was present and not null
     */
    public boolean has(int i) {
        return kinds[i] != ABSENT;
    }

    /**
     * @param i a field index
     * @return the value as text (numbers in plain notation), or an empty string when absent
     */
    public String string(int i) {
        return switch (kinds[i]) {
            case STRING -> strings[i];
            case NUMBER -> Decimal.appendPlain(new StringBuilder(24), mantissas[i], scales[i]).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> "";
        };
    }

    /**
     * @param i a field index
     * @return the exact value of a number or numeric string, or null when absent or an empty string
     * @throws io.exwire.api.exception.ProtocolException when a string is not a decimal
     */
    public Decimal decimal(int i) {
        if (kinds[i] == NUMBER) {
            return Decimal.of(mantissas[i], scales[i]);
        }
        if (kinds[i] != STRING || strings[i].isEmpty()) {
            return null;
        }
        return ColdDecimals.parse(strings[i]);
    }

    /**
     * @param i a field index
     * @return the value, or zero when absent
     */
    public Decimal decimalOrZero(int i) {
        Decimal d = decimal(i);
        return d == null ? Decimal.ZERO : d;
    }

    /**
     * @param i a field index
     * @param absent the value when absent
     * @return the whole-number value of a number or numeric string; {@code absent} for anything else
     */
    public long longValue(int i, long absent) {
        Decimal d;
        try {
            d = decimal(i);
        } catch (ProtocolException e) {
            return absent;
        }
        if (d == null) {
            return absent;
        }
        Decimal whole = d.stripTrailingZeros();
        return whole.scale() == 0 ? whole.mantissa() : absent;
    }

    /**
     * @param i a field index
     * @param absent the value when absent
     * @return the boolean value ({@code true}/{@code false} literals or strings)
     */
    public boolean bool(int i, boolean absent) {
        if (kinds[i] == TRUE || kinds[i] == FALSE) {
            return kinds[i] == TRUE;
        }
        return kinds[i] == STRING ? "true".equalsIgnoreCase(strings[i]) : absent;
    }

    /**
     * @param i a field index
     * @return whether the field is a JSON string (as opposed to a number)
     */
    public boolean isString(int i) {
        return kinds[i] == STRING;
    }
}
