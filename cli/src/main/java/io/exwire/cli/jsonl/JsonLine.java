package io.exwire.cli.jsonl;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

import java.io.PrintStream;

/**
 * One JSON object being written, reused from line to line: {@link #begin}, fields, {@link #end()}, then
 * {@link #writeTo}. The text is pure ASCII (every other character is escaped as {@code \\uXXXX}), so it is copied
 * to bytes without an encoder. Decimals are JSON strings in plain notation without trailing zeros. Absent values
 * ({@code null}) omit their field. Not thread-safe: one owner at a time.
 */
public final class JsonLine {

    private static final String[] ESCAPES = new String[128];
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = unicodeEscape((char) c);
        }
        ESCAPES['"'] = "\\\"";
        ESCAPES['\\'] = "\\\\";
        ESCAPES['\n'] = "\\n";
        ESCAPES['\r'] = "\\r";
        ESCAPES['\t'] = "\\t";
        ESCAPES['\b'] = "\\b";
        ESCAPES['\f'] = "\\f";
        ESCAPES[0x7f] = "\\u007f";
    }

    private final StringBuilder text = new StringBuilder(1024);
    private byte[] bytes = new byte[1024];
    private boolean firstElement;

    /**
     * Starts an object with its {@code type} field.
     *
     * @param type the event type, a plain identifier
     * @return this line
     */
    public JsonLine begin(String type) {
        text.setLength(0);
        text.append("{\"type\":\"").append(type).append('"');
        return this;
    }

    /**
     * A string field, escaped; omitted when {@code value} is null.
     *
     * @param name the field name, a plain identifier
     * @param value the value, or null
     * @return this line
     */
    public JsonLine string(String name, CharSequence value) {
        if (value != null) {
            key(name);
            quote(value);
        }
        return this;
    }

    /**
     * A {@code BASE/QUOTE} field (assets are upper case letters and digits: nothing to escape).
     *
     * @param name the field name
     * @param symbol the symbol, or null
     * @return this line
     */
    public JsonLine symbol(String name, Symbol symbol) {
        if (symbol != null) {
            key(name);
            text.append('"').append(symbol.base()).append('/').append(symbol.quote()).append('"');
        }
        return this;
    }

    /**
     * An exact decimal as a JSON string in plain notation without trailing zeros.
     *
     * @param name the field name
     * @param mantissa the unscaled value
     * @param scale the scale
     * @return this line
     */
    public JsonLine decimal(String name, long mantissa, int scale) {
        key(name);
        text.append('"');
        Decimal.appendPlain(text, mantissa, scale);
        text.append('"');
        return this;
    }

    /**
     * An exact decimal; omitted when null.
     *
     * @param name the field name
     * @param value the value, or null
     * @return this line
     */
    public JsonLine decimal(String name, Decimal value) {
        return value == null ? this : decimal(name, value.mantissa(), value.scale());
    }

    /**
     * A JSON number.
     *
     * @param name the field name
     * @param value the value
     * @return this line
     */
    public JsonLine number(String name, long value) {
        key(name);
        text.append(value);
        return this;
    }

    /**
     * A whole number written as a JSON string (ids may exceed 2^53, which JSON numbers do not carry safely).
     *
     * @param name the field name
     * @param value the value
     * @return this line
     */
    public JsonLine numberAsString(String name, long value) {
        key(name);
        text.append('"').append(value).append('"');
        return this;
    }

    /**
     * A millisecond timestamp; omitted when 0 (not sent).
     *
     * @param name the field name
     * @param epochMillis the timestamp or 0
     * @return this line
     */
    public JsonLine timestamp(String name, long epochMillis) {
        return epochMillis == 0 ? this : number(name, epochMillis);
    }

    /**
     * {@code "name":true} when {@code value} holds; omitted otherwise.
     *
     * @param name the field name
     * @param value the flag
     * @return this line
     */
    public JsonLine flag(String name, boolean value) {
        if (value) {
            key(name);
            text.append("true");
        }
        return this;
    }

    /**
     * Opens an array of {@code [price,size]} pairs.
     *
     * @param name the field name
     * @return this line
     */
    public JsonLine beginLevels(String name) {
        key(name);
        text.append('[');
        firstElement = true;
        return this;
    }

    /**
     * Appends one {@code ["price","size"]} pair to the open array.
     *
     * @param priceMantissa the unscaled price
     * @param priceScale the price scale
     * @param sizeMantissa the unscaled size
     * @param sizeScale the size scale
     * @return this line
     */
    public JsonLine level(long priceMantissa, int priceScale, long sizeMantissa, int sizeScale) {
        text.append(firstElement ? "[\"" : ",[\"");
        firstElement = false;
        Decimal.appendPlain(text, priceMantissa, priceScale).append("\",\"");
        Decimal.appendPlain(text, sizeMantissa, sizeScale).append("\"]");
        return this;
    }

    /**
     * Closes the open array.
     *
     * @return this line
     */
    public JsonLine endLevels() {
        text.append(']');
        return this;
    }

    /**
     * Closes the object and the line.
     *
     * @return this line
     */
    public JsonLine end() {
        text.append("}\n");
        return this;
    }

    /** @return the text so far */
    public CharSequence text() {
        return text;
    }

    /**
     * Writes the line's bytes, without flushing.
     *
     * @param out the destination
     */
    public void writeTo(PrintStream out) {
        int n = text.length();
        if (bytes.length < n) {
            bytes = new byte[Math.max(n, bytes.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        out.write(bytes, 0, n);
    }

    private void key(String name) {
        text.append(",\"").append(name).append("\":");
    }

    private void quote(CharSequence value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = c < 128 ? ESCAPES[c] : unicodeEscape(c);
            if (escape == null) {
                text.append(c);
            } else {
                text.append(escape);
            }
        }
        text.append('"');
    }

    private static String unicodeEscape(char c) {
        return new String(new char[] {'\\', 'u', HEX[c >> 12 & 0xf], HEX[c >> 8 & 0xf], HEX[c >> 4 & 0xf], HEX[c & 0xf]});
    }
}
