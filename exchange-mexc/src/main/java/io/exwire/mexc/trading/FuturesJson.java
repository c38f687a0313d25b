package io.exwire.mexc.trading;

import io.exwire.api.model.Decimal;
import io.exwire.core.codec.JsonCursor;

import java.util.function.Consumer;

/**
 * Small JSON pieces of MEXC futures REST: request bodies built by hand (keys in a fixed order; the body is signed
 * exactly as sent) and the two shapes list answers come in ({@code [..]} or {@code {"resultList":[..]}}). Stateless.
 */
final class FuturesJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FuturesJson() {
    }

    /**
     * @param value a string
     * @return it as a JSON string literal
     */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Calls {@code element} for each element of a list answer, positioned on the element.
     *
     * @param cur the cursor, on {@code data}
     * @param element reads one element
     */
    static void forEach(JsonCursor cur, Consumer<JsonCursor> element) {
        if (cur.readNullIfPresent()) {
            return;
        }
        if (cur.peek() == JsonCursor.Type.OBJECT) {
            cur.beginObject();
            while (cur.nextField()) {
                if (cur.fieldIs("resultList")) {
                    forEach(cur, element);
                } else {
                    cur.skipValue();
                }
            }
            return;
        }
        cur.beginArray();
        while (cur.nextElement()) {
            element.accept(cur);
        }
    }

    /**
     * @param cur the cursor, on a string or number
     * @return the value as text (numbers in plain notation)
     */
    static String scalar(JsonCursor cur) {
        if (cur.peek() == JsonCursor.Type.STRING) {
            return cur.readString();
        }
        cur.readDecimal();
        return Decimal.appendPlain(new StringBuilder(24), cur.mantissa(), cur.scale()).toString();
    }
}
