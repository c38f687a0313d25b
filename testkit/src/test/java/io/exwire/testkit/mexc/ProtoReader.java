package io.exwire.testkit.mexc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal, independent protobuf wire decoder for tests: splits a message into its fields by number and wire
 * type, failing on malformed input. Not thread-safe; immutable once parsed.
 */
final class ProtoReader {

    /** One field occurrence. */
    record Field(int number, int wireType, long varint, byte[] bytes) {
        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        ProtoReader message() {
            return ProtoReader.parse(bytes);
        }
    }

    private final List<Field> fields;

    private ProtoReader(List<Field> fields) {
        this.fields = fields;
    }

    static ProtoReader parse(byte[] bytes) {
        List<Field> fields = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < bytes.length) {
            long key = readVarint(bytes, pos);
            int number = (int) (key >>> 3);
            int wireType = (int) (key & 7);
            if (wireType == 0) {
                fields.add(new Field(number, 0, readVarint(bytes, pos), null));
            } else if (wireType == 2) {
                int length = (int) readVarint(bytes, pos);
                if (length < 0 || pos[0] + length > bytes.length) {
                    throw new IllegalArgumentException("truncated length-delimited field " + number);
                }
                fields.add(new Field(number, 2, 0, Arrays.copyOfRange(bytes, pos[0], pos[0] + length)));
                pos[0] += length;
            } else {
                throw new IllegalArgumentException("unexpected wire type " + wireType);
            }
        }
        return new ProtoReader(fields);
    }

    private static long readVarint(byte[] bytes, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= bytes.length) {
                throw new IllegalArgumentException("truncated varint");
            }
            byte b = bytes[pos[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    List<Field> fields() {
        return fields;
    }

    List<Field> all(int number) {
        return fields.stream().filter(f -> f.number() == number).toList();
    }

    boolean has(int number) {
        return fields.stream().anyMatch(f -> f.number() == number);
    }

    String string(int number) {
        return all(number).stream().reduce((a, b) -> b).map(Field::string).orElse("");
    }

    long varint(int number) {
        return all(number).stream().reduce((a, b) -> b).map(Field::varint).orElse(0L);
    }

    ProtoReader message(int number) {
        return all(number).stream().reduce((a, b) -> b).map(Field::message)
                .orElseThrow(() -> new AssertionError("no field " + number));
    }

    /** @return the number of the first field above 300 (the wrapper's oneof body), or -1 */
    int bodyField() {
        return fields.stream().mapToInt(Field::number).filter(n -> n > 300).findFirst().orElse(-1);
    }
}
