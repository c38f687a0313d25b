package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;

/**
 * An allocation-free pull reader over one serialized protobuf message held in a byte range: varints, 64- and
 * 32-bit fixed values and length-delimited fields, with every unknown field skipped by its wire type. One instance
 * per nesting level of a decoder, reset per message; not thread-safe.
 *
 * <pre>{@code
 * r.reset(frame, 0, frame.length);
 * while (r.nextField()) {
 *     if (r.is(1, ProtoReader.LEN)) { r.readBytes(); channel(r.valueStart(), r.valueEnd()); }
 *     else if (r.is(6, ProtoReader.VARINT)) sendTime = r.readVarint();
 *     else r.skipField();
 * }
 * }</pre>
 *
 * Length-delimited values are exposed as ranges of {@link #buffer()}; a nested message is read by resetting a
 * second reader to that range. Decimal strings are parsed in place with {@link #readDecimal()}. Malformed input
 * (truncated varints or lengths, groups, field number 0) throws {@link ProtocolException} with the offset only.
 */
public final class ProtoReader {

    /** Wire type 0: varint. */
    public static final int VARINT = 0;
    /** Wire type 1: 64-bit little endian. */
    public static final int FIXED64 = 1;
    /** Wire type 2: length-delimited. */
    public static final int LEN = 2;
    /** Wire type 5: 32-bit little endian. */
    public static final int FIXED32 = 5;

    private final AsciiDecimal decimal = new AsciiDecimal();
    private byte[] buf;
    private int pos;
    private int limit;
    private int tag;
    private int valueStart;
    private int valueEnd;

    /**
     * Starts reading a message.
     *
     * @param bytes the buffer
     * @param offset the message's first byte
     * @param end the index after the message's last byte
     * @return this reader
     */
    public ProtoReader reset(byte[] bytes, int offset, int end) {
        this.buf = bytes;
        this.pos = offset;
        this.limit = end;
        this.tag = 0;
        return this;
    }

    /**
     * Reads the next field's tag.
     *
     * @return true when positioned on a field's value, false at the end of the message
     */
    public boolean nextField() {
        if (pos >= limit) {
            return false;
        }
        long t = readRawVarint();
        if ((t >>> 3) == 0 || t > Integer.MAX_VALUE) {
            throw malformed("invalid tag");
        }
        tag = (int) t;
        return true;
    }

    /** @return the current field's number */
    public int fieldNumber() {
        return tag >>> 3;
    }

    /** @return the current field's wire type */
    public int wireType() {
        return tag & 7;
    }

    /**
     * @param field a field number
     * @param wireType the wire type it must have
     * @return whether the current field is {@code field} with that wire type
     */
    public boolean is(int field, int wireType) {
        return tag == (field << 3 | wireType);
    }

    /** @return the current varint field's value (int64, uint64, int32 and bool share it) */
    public long readVarint() {
        return readRawVarint();
    }

    /** @return the current varint field as a protobuf {@code int32} */
    public int readInt32() {
        return (int) readRawVarint();
    }

    /** @return the current varint field as a {@code bool} */
    public boolean readBool() {
        return readRawVarint() != 0;
    }

    /**
     * Reads the current length-delimited field: its bytes are then {@link #valueStart()}..{@link #valueEnd()}.
     */
    public void readBytes() {
        long length = readRawVarint();
        if (length < 0 || length > limit - pos) {
            throw malformed("length beyond message");
        }
        valueStart = pos;
        valueEnd = pos + (int) length;
        pos = valueEnd;
    }

    /**
     * Reads the current length-delimited field as an ASCII decimal string such as {@code "0.00012"}; the value is
     * then {@link #mantissa()} and {@link #scale()}. An empty string reads as zero.
     */
    public void readDecimal() {
        readBytes();
        decimal.parse(buf, valueStart, valueEnd);
    }

    /**
     * Reads the current length-delimited field as an ASCII whole number such as {@code "43296363255"}.
     *
     * @return the value; 0 for an empty string
     */
    public long readDecimalLong() {
        readDecimal();
        if (decimal.scale() != 0) {
            throw malformed("expected a whole number");
        }
        return decimal.mantissa();
    }

    /** @return the mantissa of the last decimal read */
    public long mantissa() {
        return decimal.mantissa();
    }

    /** @return the scale of the last decimal read */
    public int scale() {
        return decimal.scale();
    }

    /** @return the first byte of the last length-delimited value */
    public int valueStart() {
        return valueStart;
    }

    /** @return the index after the last byte of the last length-delimited value */
    public int valueEnd() {
        return valueEnd;
    }

    /** @return the buffer being read */
    public byte[] buffer() {
        return buf;
    }

    /** Skips the current field's value according to its wire type. */
    public void skipField() {
        switch (wireType()) {
            case VARINT -> readRawVarint();
            case FIXED64 -> advance(8);
            case LEN -> readBytes();
            case FIXED32 -> advance(4);
            default -> throw malformed("unsupported wire type " + wireType());
        }
    }

    private void advance(int n) {
        if (n > limit - pos) {
            throw malformed("fixed value beyond message");
        }
        pos += n;
    }

    private long readRawVarint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw malformed("truncated varint");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw malformed("varint longer than 10 bytes");
    }

    private ProtocolException malformed(String what) {
        return new ProtocolException("malformed protobuf: " + what + " at offset " + pos);
    }
}
