package io.exwire.mexc.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal protobuf encoder for test fixtures, written from the wire-format rules (varint tags
 * {@code field << 3 | wireType}, length-delimited strings and messages, little-endian fixed values). Fixtures are
 * built field by field from the tables in {@code src/main/proto}.
 */
public final class ProtoWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** @return a new writer */
    public static ProtoWriter message() {
        return new ProtoWriter();
    }

    /**
     * @param field field number
     * @param value a string
     * @return this
     */
    public ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param field field number
     * @param value raw bytes
     * @return this
     */
    public ProtoWriter bytes(int field, byte[] value) {
        tag(field, 2);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    /**
     * @param field field number
     * @param nested a nested message
     * @return this
     */
    public ProtoWriter message(int field, ProtoWriter nested) {
        return bytes(field, nested.toByteArray());
    }

    /**
     * @param field field number
     * @param value an int32/int64/uint64 value (negative values take ten bytes, as protobuf encodes them)
     * @return this
     */
    public ProtoWriter int64(int field, long value) {
        tag(field, 0);
        varint(value);
        return this;
    }

    /**
     * @param field field number
     * @param value a bool
     * @return this
     */
    public ProtoWriter bool(int field, boolean value) {
        return int64(field, value ? 1 : 0);
    }

    /**
     * @param field field number
     * @param value a fixed64/double-bits value
     * @return this
     */
    public ProtoWriter fixed64(int field, long value) {
        tag(field, 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /**
     * @param field field number
     * @param value a fixed32 value
     * @return this
     */
    public ProtoWriter fixed32(int field, int value) {
        tag(field, 5);
        for (int i = 0; i < 4; i++) {
            out.write((value >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    private void tag(int field, int wireType) {
        varint((long) field << 3 | wireType);
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** @return the encoded bytes */
    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /**
     * @param hex bytes written as hex pairs, spaces allowed
     * @return the bytes
     */
    public static byte[] hex(String hex) {
        String clean = hex.replace(" ", "");
        byte[] b = new byte[clean.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(clean.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
