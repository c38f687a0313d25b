package io.exwire.core.codec;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;

/**
 * An allocation-free pull parser over one JSON text frame, for the hot channels. One instance per decoder, reset per
 * frame; not thread-safe.
 *
 * <p>It walks the structure for real (objects, arrays, strings with escapes, numbers, literals), so a field name that
 * also appears inside a string value is never mistaken for a field. Strings are exposed as index ranges into the
 * frame ({@link #tokenStart()}/{@link #tokenEnd()}); decimals, quoted or not, are parsed straight into a mantissa
 * and scale ({@link #mantissa()}/{@link #scale()}) without {@code double} or {@code BigDecimal}. Malformed input
 * throws {@link ProtocolException} with the offset, never the frame.
 *
 * <pre>{@code
 * cur.reset(frame).beginObject();
 * while (cur.nextField()) {
 *     if (cur.fieldIs("time_ms")) ts = cur.readLong();
 *     else if (cur.fieldIs("result")) parseResult(cur);
 *     else cur.skipValue();
 * }
 * }</pre>
 */
public final class JsonCursor {

    /** Value types reported by {@link #peek()}. */
    public enum Type {
        /** An object. */
        OBJECT,
        /** An array. */
        ARRAY,
        /** A string. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    private String text;
    private int pos;
    private int end;
    private int tokenStart;
    private int tokenEnd;
    private boolean tokenEscaped;
    private long mantissa;
    private int scale;

    /**
     * Starts parsing a frame.
     *
     * @param frame the JSON text
     * @return this cursor
     */
    public JsonCursor reset(String frame) {
        this.text = frame;
        this.pos = 0;
        this.end = frame.length();
        return this;
    }

    /** @return the frame being parsed */
    public String text() {
        return text;
    }

    /** @return the current offset */
    public int position() {
        return pos;
    }

    /** @return start of the last string token or field name (inside the quotes) */
    public int tokenStart() {
        return tokenStart;
    }

    /** @return end (exclusive) of the last string token or field name */
    public int tokenEnd() {
        return tokenEnd;
    }

    /** @return the mantissa of the last decimal read */
    public long mantissa() {
        return mantissa;
    }

    /** @return the scale of the last decimal read */
    public int scale() {
        return scale;
    }

    private static final Type[] TYPE_BY_FIRST_CHAR = new Type[128];

    static {
        TYPE_BY_FIRST_CHAR['{'] = Type.OBJECT;
        TYPE_BY_FIRST_CHAR['['] = Type.ARRAY;
        TYPE_BY_FIRST_CHAR['"'] = Type.STRING;
        TYPE_BY_FIRST_CHAR['t'] = Type.BOOLEAN;
        TYPE_BY_FIRST_CHAR['f'] = Type.BOOLEAN;
        TYPE_BY_FIRST_CHAR['n'] = Type.NULL;
        TYPE_BY_FIRST_CHAR['-'] = Type.NUMBER;
        for (char d = '0'; d <= '9'; d++) {
            TYPE_BY_FIRST_CHAR[d] = Type.NUMBER;
        }
    }

    /** @return the type of the next value, without consuming it */
    public Type peek() {
        char c = nonWhitespace();
        Type t = c < TYPE_BY_FIRST_CHAR.length ? TYPE_BY_FIRST_CHAR[c] : null;
        if (t == null) {
            throw malformed("unexpected character");
        }
        return t;
    }

    /** Consumes {@code '{'}. */
    public void beginObject() {
        expect('{');
    }

    /**
     * Moves to the next field of the current object: consumes a separating comma and the field name and colon.
     *
     * @return true when positioned on a field's value; false when the object ended (its {@code '}'} consumed)
     */
    public boolean nextField() {
        char c = nonWhitespace();
        if (c == '}') {
            pos++;
            return false;
        }
        if (c == ',') {
            pos++;
            c = nonWhitespace();
        }
        if (c != '"') {
            throw malformed("expected field name");
        }
        scanString();
        expect(':');
        return true;
    }

    /**
     * @param name a field name without escapes
     * @return whether the last field name read equals {@code name}
     */
    public boolean fieldIs(String name) {
        return tokenEquals(name);
    }

    /**
     * @param value a string without escapes
     * @return whether the last string token equals {@code value}
     */
    public boolean tokenEquals(String value) {
        int len = tokenEnd - tokenStart;
        return len == value.length() && !tokenEscaped && text.regionMatches(tokenStart, value, 0, len);
    }

    /** Consumes {@code '['}. */
    public void beginArray() {
        expect('[');
    }

    /**
     * Moves to the next element of the current array, consuming a separating comma.
     *
     * @return true when positioned on an element; false when the array ended (its {@code ']'} consumed)
     */
    public boolean nextElement() {
        char c = nonWhitespace();
        if (c == ']') {
            pos++;
            return false;
        }
        if (c == ',') {
            pos++;
            nonWhitespace();
        }
        return true;
    }

    /** Reads a string value; its range is then {@link #tokenStart()}..{@link #tokenEnd()}. */
    public void readStringRange() {
        if (nonWhitespace() != '"') {
            throw malformed("expected string");
        }
        scanString();
    }

    /**
     * Reads a string value into a new {@link String} (cold paths only), unescaping it.
     *
     * @return the string, or null for a JSON null
     */
    public String readString() {
        if (peek() == Type.NULL) {
            skipValue();
            return null;
        }
        readStringRange();
        return tokenEscaped ? unescape(tokenStart, tokenEnd) : text.substring(tokenStart, tokenEnd);
    }

    /**
     * Reads a whole number, bare or quoted ({@code 123} or {@code "123"}), exactly, even beyond 2^53.
     *
     * @return the value
     */
    public long readLong() {
        readDecimal();
        if (scale != 0) {
            throw malformed("expected a whole number");
        }
        return mantissa;
    }

    /**
     * Reads a decimal, bare or quoted, into {@link #mantissa()} and {@link #scale()}.
     */
    public void readDecimal() {
        char c = nonWhitespace();
        int start;
        int stop;
        if (c == '"') {
            scanString();
            start = tokenStart;
            stop = tokenEnd;
        } else {
            start = pos;
            while (pos < end && isNumberChar(text.charAt(pos))) {
                pos++;
            }
            stop = pos;
        }
        parseDecimal(start, stop);
    }

    /** @return the boolean value */
    public boolean readBoolean() {
        char c = nonWhitespace();
        if (c == 't' && text.startsWith("true", pos)) {
            pos += 4;
            return true;
        }
        if (c == 'f' && text.startsWith("false", pos)) {
            pos += 5;
            return false;
        }
        throw malformed("expected boolean");
    }

    /** @return whether the next value is {@code null}; if so it is consumed */
    public boolean readNullIfPresent() {
        if (nonWhitespace() == 'n') {
            if (!text.startsWith("null", pos)) {
                throw malformed("expected null");
            }
            pos += 4;
            return true;
        }
        return false;
    }

    /** Skips the next value of any type, including nested objects and arrays. */
    public void skipValue() {
        switch (peek()) {
            case STRING -> scanString();
            case OBJECT, ARRAY -> skipContainer();
            case BOOLEAN -> readBoolean();
            case NULL -> readNullIfPresent();
            case NUMBER -> skipNumber();
        }
    }

    private void skipNumber() {
        while (pos < end && isNumberChar(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipContainer() {
        int depth = 0;
        do {
            char c = text.charAt(pos);
            if (c == '"') {
                scanString();
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
            pos++;
        } while (depth > 0 && pos < end);
        if (depth != 0) {
            throw malformed("unterminated container");
        }
    }

    private void parseDecimal(int start, int stop) {
        if (start == stop) {
            throw malformed("expected number");
        }
        boolean negative = text.charAt(start) == '-';
        int first = negative ? start + 1 : start;
        if (!scanPlainDigits(first, stop)) {
            parseScientific(start, stop);
            return;
        }
        if (negative) {
            mantissa = -mantissa;
        }
    }

    /** Parses plain digits with an optional dot into mantissa/scale; false when an exponent is present. */
    private boolean scanPlainDigits(int from, int stop) {
        long m = 0;
        int s = -1;
        int digits = 0;
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                m = appendDigit(m, c, digits);
                digits++;
                s += s >= 0 ? 1 : 0;
            } else if (c == '.' && s < 0) {
                s = 0;
            } else {
                return rejectNonDigit(c);
            }
        }
        if (digits == 0 || s > Decimal.MAX_SCALE) {
            throw malformed("number out of range");
        }
        mantissa = m;
        scale = Math.max(0, s);
        return true;
    }

    /** Up to 18 digits cannot overflow: the exact (dividing) check runs only from the 19th digit on. */
    private long appendDigit(long m, char c, int digitsBefore) {
        int digit = c - '0';
        if (digitsBefore >= 18 && m > (Long.MAX_VALUE - digit) / 10) {
            throw malformed("number out of range");
        }
        return m * 10 + digit;
    }

    private boolean rejectNonDigit(char c) {
        if (c == 'e' || c == 'E') {
            return false;
        }
        throw malformed("not a number");
    }

    private void parseScientific(int start, int stop) {
        try {
            mantissa = Decimal.parseMantissa(text, start, stop);
            scale = Decimal.scaleOf(text, start, stop);
        } catch (NumberFormatException | ArithmeticException e) {
            throw malformed("number out of range");
        }
    }

    private void scanString() {
        pos++;
        tokenStart = pos;
        tokenEscaped = false;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '"') {
                tokenEnd = pos;
                pos++;
                return;
            }
            if (c == '\\') {
                tokenEscaped = true;
                pos++;
            }
            pos++;
        }
        throw malformed("unterminated string");
    }

    private String unescape(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    private void expect(char expected) {
        if (nonWhitespace() != expected) {
            throw malformed("expected '" + expected + "'");
        }
        pos++;
    }

    private char nonWhitespace() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            pos++;
        }
        throw malformed("unexpected end of frame");
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '.' || c == 'e' || c == 'E' || c == '+';
    }

    private ProtocolException malformed(String what) {
        return new ProtocolException("malformed JSON: " + what + " at offset " + pos);
    }
}
