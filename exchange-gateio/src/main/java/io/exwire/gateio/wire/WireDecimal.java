package io.exwire.gateio.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.core.codec.JsonCursor;

/**
 * A reusable decimal slot filled from a JSON value that Gate.io may send as a number, a quoted string, an empty
 * string (an empty book side in {@code futures.book_ticker}) or {@code null}; the last two read as zero. Exact,
 * allocation-free, not thread-safe.
 */
public final class WireDecimal {

    private long mantissa;
    private int scale;

    /**
     * Reads the value at the cursor.
     *
     * @param cursor positioned on a number, string or null
     * @return this slot
     * @throws ProtocolException when the value is not a number
     */
    public WireDecimal read(JsonCursor cursor) {
        JsonCursor.Type type = cursor.peek();
        if (type == JsonCursor.Type.NUMBER) {
            cursor.readDecimal();
            return set(cursor.mantissa(), cursor.scale());
        }
        if (type == JsonCursor.Type.NULL) {
            cursor.skipValue();
            return set(0, 0);
        }
        if (type == JsonCursor.Type.STRING && !emptyString(cursor)) {
            // hot path: one scan and one digit pass on the frame (Decimal.parseMantissa + scaleOf took five)
            cursor.readDecimal();
            return set(cursor.mantissa(), cursor.scale());
        }
        cursor.readStringRange();
        return parse(cursor.text(), cursor.tokenStart(), cursor.tokenEnd());
    }

    /** The cursor is on a value's first character (after {@code peek}); {@code ""} reads as zero. */
    private static boolean emptyString(JsonCursor cursor) {
        int at = cursor.position() + 1;
        return at < cursor.text().length() && cursor.text().charAt(at) == '"';
    }

    /**
     * Parses {@code text[start, end)}; an empty range is zero.
     *
     * @param text the characters
     * @param start first index
     * @param end index after the last
     * @return this slot
     * @throws ProtocolException when the range is not a number
     */
    public WireDecimal parse(CharSequence text, int start, int end) {
        if (start == end) {
            return set(0, 0);
        }
        try {
            return set(Decimal.parseMantissa(text, start, end), Decimal.scaleOf(text, start, end));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProtocolException("not a decimal number at offset " + start);
        }
    }

    /**
     * Resets the slot to zero.
     *
     * @return this slot
     */
    public WireDecimal zero() {
        return set(0, 0);
    }

    private WireDecimal set(long m, int s) {
        mantissa = m;
        scale = s;
        return this;
    }

    /** @return the unscaled value */
    public long mantissa() {
        return mantissa;
    }

    /** @return the scale */
    public int scale() {
        return scale;
    }

    /** @return the unscaled absolute value */
    public long absMantissa() {
        return Math.abs(mantissa);
    }

    /** @return the value truncated toward zero to a whole number (e.g. fractional-millisecond timestamps) */
    public long wholePart() {
        return mantissa / Decimal.powerOfTen(scale);
    }
}
