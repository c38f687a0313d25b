package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.mexc.testing.ProtoWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

import static io.exwire.mexc.testing.ProtoWriter.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class ProtoReaderTest {

    private final ProtoReader r = new ProtoReader();

    @Test
    @DisplayName("body tags of the wrapper oneof match the bytes seen in MEXC captures (313 → CA 13, ...)")
    void bodyTagsMatchCaptures() {
        assertThat(ProtoWriter.message().string(313, "").toByteArray()).startsWith(hex("CA 13"));
        assertThat(ProtoWriter.message().string(314, "").toByteArray()).startsWith(hex("D2 13"));
        assertThat(ProtoWriter.message().string(315, "").toByteArray()).startsWith(hex("DA 13"));
        assertThat(ProtoWriter.message().string(303, "").toByteArray()).startsWith(hex("FA 12"));
        assertThat(ProtoWriter.message().string(304, "").toByteArray()).startsWith(hex("82 13"));
        assertThat(ProtoWriter.message().string(307, "").toByteArray()).startsWith(hex("9A 13"));
        byte[] tag = hex("CA 13 00");
        r.reset(tag, 0, tag.length);
        assertThat(r.nextField()).isTrue();
        assertThat(r.fieldNumber()).isEqualTo(313);
        assertThat(r.wireType()).isEqualTo(ProtoReader.LEN);
    }

    @Test
    @DisplayName("varints of every length decode, including ten-byte negative int64")
    void varints() {
        long[] values = {0, 1, 127, 128, 300, 1_738_000_000_000L, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        for (long v : values) {
            byte[] b = ProtoWriter.message().int64(1, v).toByteArray();
            r.reset(b, 0, b.length);
            assertThat(r.nextField()).isTrue();
            assertThat(r.readVarint()).as("value %d", v).isEqualTo(v);
            assertThat(r.nextField()).isFalse();
        }
        byte[] negative = ProtoWriter.message().int64(1, -5).toByteArray();
        assertThat(negative).hasSize(11);
        r.reset(negative, 0, negative.length);
        r.nextField();
        assertThat(r.readInt32()).isEqualTo(-5);
    }

    @Test
    @DisplayName("unknown fields of every wire type are skipped and the known ones still read")
    void skipsUnknownFields() {
        byte[] b = ProtoWriter.message()
                .int64(20, 99).fixed64(21, 123456789L).fixed32(22, 7).string(23, "ignored")
                .message(24, ProtoWriter.message().string(1, "nested"))
                .string(1, "kept").int64(2, 42).toByteArray();
        String kept = null;
        long number = 0;
        r.reset(b, 0, b.length);
        while (r.nextField()) {
            if (r.is(1, ProtoReader.LEN)) {
                r.readBytes();
                kept = new String(b, r.valueStart(), r.valueEnd() - r.valueStart(), StandardCharsets.US_ASCII);
            } else if (r.is(2, ProtoReader.VARINT)) {
                number = r.readVarint();
            } else {
                r.skipField();
            }
        }
        assertThat(kept).isEqualTo("kept");
        assertThat(number).isEqualTo(42);
    }

    @Test
    @DisplayName("decimal strings are parsed in place, whole numbers too")
    void decimals() {
        byte[] b = ProtoWriter.message().string(1, "0.0001778").string(2, "43296363255").string(3, "").toByteArray();
        r.reset(b, 0, b.length);
        r.nextField();
        r.readDecimal();
        assertThat(r.mantissa()).isEqualTo(1778);
        assertThat(r.scale()).isEqualTo(7);
        r.nextField();
        assertThat(r.readDecimalLong()).isEqualTo(43_296_363_255L);
        r.nextField();
        r.readDecimal();
        assertThat(r.mantissa()).isZero();
    }

    @Test
    @DisplayName("a reader can be confined to a sub-range (nested message) of a larger buffer")
    void readsSubRange() {
        byte[] b = ProtoWriter.message().string(1, "a").message(2, ProtoWriter.message().int64(7, 9)).toByteArray();
        r.reset(b, 0, b.length);
        r.nextField();
        r.skipField();
        r.nextField();
        r.readBytes();
        ProtoReader nested = new ProtoReader().reset(b, r.valueStart(), r.valueEnd());
        assertThat(nested.nextField()).isTrue();
        assertThat(nested.fieldNumber()).isEqualTo(7);
        assertThat(nested.readVarint()).isEqualTo(9);
        assertThat(nested.nextField()).isFalse();
    }

    @Test
    @DisplayName("truncated varints, lengths beyond the message, groups and field 0 are malformed")
    void malformed() {
        assertMalformed(hex("08 80"));
        assertMalformed(hex("0A 05 61 62"));
        assertMalformed(hex("0B"));
        assertMalformed(hex("00 01"));
        assertMalformed(hex("09 01 02"));
        assertMalformed(hex("08 FF FF FF FF FF FF FF FF FF FF 01"));
    }

    private void assertMalformed(byte[] b) {
        r.reset(b, 0, b.length);
        assertThatThrownBy(() -> {
            while (r.nextField()) {
                r.skipField();
            }
        }).isInstanceOf(ProtocolException.class).hasMessageContaining("malformed protobuf");
    }
}
