package io.exwire.mexc.wire;

import io.exwire.api.model.Decimal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects the scalar fields of one flat protobuf message (field numbers 1..{@code maxField}) in a single pass, so a
 * mapper can read them by number afterwards regardless of their order on the wire. Varints keep their value,
 * length-delimited fields their byte range; other fields and numbers beyond {@code maxField} are skipped. For the
 * low-rate messages (private orders, fills, balances, mini tickers) that become immutable records anyway. Reused;
 * not thread-safe.
 */
public final class ProtoFields {

    private final boolean[] present;
    private final long[] varints;
    private final int[] starts;
    private final int[] ends;
    private final AsciiDecimal decimal = new AsciiDecimal();
    private byte[] buf;

    /** @param maxField the highest field number kept */
    public ProtoFields(int maxField) {
        present = new boolean[maxField + 1];
        varints = new long[maxField + 1];
        starts = new int[maxField + 1];
        ends = new int[maxField + 1];
    }

    /**
     * Reads every field of the message {@code reader} is positioned on (it must have been reset to the message).
     *
     * @param reader the reader
     * @return this
     */
    public ProtoFields read(ProtoReader reader) {
        Arrays.fill(present, false);
        buf = reader.buffer();
        while (reader.nextField()) {
            int f = reader.fieldNumber();
            if (f >= present.length) {
                reader.skipField();
            } else if (reader.wireType() == ProtoReader.VARINT) {
                varints[f] = reader.readVarint();
                present[f] = true;
            } else if (reader.wireType() == ProtoReader.LEN) {
                reader.readBytes();
                starts[f] = reader.valueStart();
                ends[f] = reader.valueEnd();
                present[f] = true;
            } else {
                reader.skipField();
            }
        }
        return this;
    }

    /**
     * @param field the field number
     * @return whether the field was on the wire
     */
    public boolean has(int field) {
        return present[field];
    }

    /**
     * @param field a varint field
     * @param absent the value when absent (proto3 default)
     * @return the value
     */
    public long varint(int field, long absent) {
        return present[field] ? varints[field] : absent;
    }

    /**
     * @param field a varint field
     * @return the value as an int32, 0 when absent
     */
    public int int32(int field) {
        return (int) varint(field, 0);
    }

    /**
     * @param field a bool field
     * @return the value, false when absent
     */
    public boolean bool(int field) {
        return varint(field, 0) != 0;
    }

    /**
     * @param field a string field
     * @return the string (ASCII/UTF-8), or an empty string when absent
     */
    public String string(int field) {
        return present[field] ? new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8) : "";
    }

    /**
     * @param field a decimal-string field
     * @return the exact value, or null when absent or empty
     */
    public Decimal decimal(int field) {
        if (!present[field] || starts[field] == ends[field]) {
            return null;
        }
        decimal.parse(buf, starts[field], ends[field]);
        return Decimal.of(decimal.mantissa(), decimal.scale());
    }

    /**
     * @param field a decimal-string field
     * @return the exact value, or zero when absent or empty (proto3 default)
     */
    public Decimal decimalOrZero(int field) {
        Decimal d = decimal(field);
        return d == null ? Decimal.ZERO : d;
    }

    /**
     * @param field a string field
     * @return the first byte of its value (only when present)
     */
    public int start(int field) {
        return starts[field];
    }

    /**
     * @param field a string field
     * @return the index after its value (only when present)
     */
    public int end(int field) {
        return ends[field];
    }

    /** @return the buffer of the message last read */
    public byte[] buffer() {
        return buf;
    }
}
