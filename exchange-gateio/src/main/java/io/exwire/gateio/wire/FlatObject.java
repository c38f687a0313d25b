package io.exwire.gateio.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.core.codec.JsonCursor;

/**
 * The scalar fields of one JSON object read with a {@link JsonCursor} in one pass, kept as index ranges into the
 * frame; nested objects and arrays are skipped. Lookups scan the recorded names, so no field order is assumed and
 * nothing is allocated until a value is asked for. Reused per object; not thread-safe.
 */
public final class FlatObject implements Fields {

    private static final byte STRING = 1;
    private static final byte NUMBER = 2;
    private static final byte LITERAL = 3;
    private static final byte NULL = 4;
    private static final byte NESTED = 5;

    private String text;
    private int count;
    private int[] nameStart = new int[48];
    private int[] nameEnd = new int[48];
    private int[] valueStart = new int[48];
    private int[] valueEnd = new int[48];
    private byte[] kind = new byte[48];

    /**
     * Reads the object at the cursor.
     *
     * @param cursor positioned on an object
     * @return this
     * @throws ProtocolException when the value is not a well-formed object
     */
    public FlatObject read(JsonCursor cursor) {
        text = cursor.text();
        count = 0;
        cursor.beginObject();
        while (cursor.nextField()) {
            grow();
            nameStart[count] = cursor.tokenStart();
            nameEnd[count] = cursor.tokenEnd();
            readValue(cursor);
            count++;
        }
        return this;
    }

    private void readValue(JsonCursor cursor) {
        JsonCursor.Type type = cursor.peek();
        int start = cursor.position();
        if (type == JsonCursor.Type.STRING) {
            cursor.readStringRange();
            valueStart[count] = cursor.tokenStart();
            valueEnd[count] = cursor.tokenEnd();
            kind[count] = STRING;
            return;
        }
        cursor.skipValue();
        valueStart[count] = start;
        valueEnd[count] = cursor.position();
        kind[count] = kindOf(type);
    }

    private static byte kindOf(JsonCursor.Type type) {
        return switch (type) {
            case NUMBER -> NUMBER;
            case BOOLEAN -> LITERAL;
            case NULL -> NULL;
            default -> NESTED;
        };
    }

    private void grow() {
        if (count < kind.length) {
            return;
        }
        int n = kind.length * 2;
        nameStart = java.util.Arrays.copyOf(nameStart, n);
        nameEnd = java.util.Arrays.copyOf(nameEnd, n);
        valueStart = java.util.Arrays.copyOf(valueStart, n);
        valueEnd = java.util.Arrays.copyOf(valueEnd, n);
        kind = java.util.Arrays.copyOf(kind, n);
    }

    private int index(String name) {
        int len = name.length();
        for (int i = 0; i < count; i++) {
            if (nameEnd[i] - nameStart[i] == len && text.regionMatches(nameStart[i], name, 0, len)) {
                return i;
            }
        }
        return -1;
    }

    private int scalar(String name) {
        int i = index(name);
        return i < 0 || kind[i] == NULL || kind[i] == NESTED ? -1 : i;
    }

    @Override
    public boolean has(String name) {
        int i = index(name);
        return i >= 0 && kind[i] != NULL;
    }

    @Override
    public String string(String name) {
        int i = scalar(name);
        if (i < 0) {
            return null;
        }
        String raw = text.substring(valueStart[i], valueEnd[i]);
        return kind[i] == STRING && raw.indexOf('\\') >= 0 ? JsonStrings.unescape(raw) : raw;
    }

    @Override
    public Decimal decimal(String name) {
        int i = scalar(name);
        if (i < 0 || valueStart[i] == valueEnd[i] || kind[i] == LITERAL) {
            return null;
        }
        try {
            return Decimal.parse(text, valueStart[i], valueEnd[i]);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProtocolException("field '" + name + "' is not a decimal number");
        }
    }
}
