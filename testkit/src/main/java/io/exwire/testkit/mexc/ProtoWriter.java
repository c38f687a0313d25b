package io.exwire.testkit.mexc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A hand-written protobuf (proto3) wire encoder: varints, zigzag, length-delimited strings, bytes and nested
 * messages, written into a growable byte array.
 *
 * <p>The {@code string}/{@code int64}/{@code int32}/{@code bool} methods follow proto3 implicit presence and omit a
 * default value (empty string, zero, false) as protoc-generated code does; the {@code optional...} methods write
 * the field whenever the value is non-null (proto3 {@code optional} explicit presence).
 *
 * <p><b>Threading.</b> Not thread-safe; one instance per message under construction. Reusable after {@link #reset()}.
 */
public final class ProtoWriter {

    /** Wire type of varint fields (int32, int64, uint64, bool, enum, sint*). */
    public static final int VARINT = 0;
    /** Wire type of length-delimited fields (string, bytes, messages, packed repeated). */
    public static final int LENGTH_DELIMITED = 2;

    private byte[] buffer;
    private int size;

    /** Creates a writer with a small initial capacity. */
    public ProtoWriter() {
        this(64);
    }

    /**
     * Creates a writer.
     *
     * @param capacity the initial capacity in bytes
     */
    public ProtoWriter(int capacity) {
        this.buffer = new byte[Math.max(16, capacity)];
    }

    /**
     * Zigzag-encodes a signed value (the {@code sint64} mapping).
     *
     * @param value the signed value
     * @return the zigzag form, to be written as a varint
     */
    public static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    /**
     * Writes a raw unsigned varint (LEB128, 1 to 10 bytes).
     *
     * @param value the value, taken as unsigned
     * @return this writer
     */
    public ProtoWriter varint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
        return this;
    }

    /**
     * Writes a field key.
     *
     * @param field the field number
     * @param wireType the wire type
     * @return this writer
     */
    public ProtoWriter tag(int field, int wireType) {
        return varint(((long) field << 3) | wireType);
    }

    /**
     * Writes a string field unless it is null or empty.
     *
     * @param field the field number
     * @param value the value
     * @return this writer
     */
    public ProtoWriter string(int field, String value) {
        return value == null || value.isEmpty() ? this : optionalString(field, value);
    }

    /**
     * Writes a proto3 {@code optional} string field whenever it is non-null, even when empty.
     *
     * @param field the field number
     * @param value the value, or null for absent
     * @return this writer
     */
    public ProtoWriter optionalString(int field, String value) {
        return value == null ? this : bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a length-delimited bytes field (always, even when empty).
     *
     * @param field the field number
     * @param value the bytes
     * @return this writer
     */
    public ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED).varint(value.length);
        return raw(value, 0, value.length);
    }

    /**
     * Writes a nested message field (always, even when the nested message is empty).
     *
     * @param field the field number
     * @param nested the encoded nested message
     * @return this writer
     */
    public ProtoWriter message(int field, ProtoWriter nested) {
        tag(field, LENGTH_DELIMITED).varint(nested.size);
        return raw(nested.buffer, 0, nested.size);
    }

    /**
     * Writes an int64 field unless it is zero.
     *
     * @param field the field number
     * @param value the value
     * @return this writer
     */
    public ProtoWriter int64(int field, long value) {
        return value == 0 ? this : tag(field, VARINT).varint(value);
    }

    /**
     * Writes a proto3 {@code optional} int64 field whenever it is non-null.
     *
     * @param field the field number
     * @param value the value, or null for absent
     * @return this writer
     */
    public ProtoWriter optionalInt64(int field, Long value) {
        return value == null ? this : tag(field, VARINT).varint(value);
    }

    /**
     * Writes an int32 field unless it is zero; negative values take ten bytes, as protobuf specifies.
     *
     * @param field the field number
     * @param value the value
     * @return this writer
     */
    public ProtoWriter int32(int field, int value) {
        return value == 0 ? this : tag(field, VARINT).varint(value);
    }

    /**
     * Writes a sint64 (zigzag) field unless it is zero.
     *
     * @param field the field number
     * @param value the value
     * @return this writer
     */
    public ProtoWriter sint64(int field, long value) {
        return value == 0 ? this : tag(field, VARINT).varint(zigzag(value));
    }

    /**
     * Writes a bool field unless it is false.
     *
     * @param field the field number
     * @param value the value
     * @return this writer
     */
    public ProtoWriter bool(int field, boolean value) {
        return value ? tag(field, VARINT).varint(1) : this;
    }

    /**
     * Appends raw, already-encoded bytes.
     *
     * @param bytes the source
     * @param offset the first byte
     * @param length how many bytes
     * @return this writer
     */
    public ProtoWriter raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }

    /** @return the number of bytes written */
    public int size() {
        return size;
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /**
     * Forgets what was written, keeping the capacity.
     *
     * @return this writer
     */
    public ProtoWriter reset() {
        size = 0;
        return this;
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
