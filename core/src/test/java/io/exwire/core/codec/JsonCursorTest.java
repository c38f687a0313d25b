package io.exwire.core.codec;

import io.exwire.api.exception.ProtocolException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class JsonCursorTest {

    private final JsonCursor cur = new JsonCursor();

    @Test
    @DisplayName("nested objects and arrays of any depth are skipped whole")
    void skipsNestedValues() {
        cur.reset("{\"a\":{\"x\":[1,{\"y\":[[],{}]},\"]}\"],\"z\":{\"w\":null}},\"b\":[true,false,null,-1.5e3],\"c\":7}");
        cur.beginObject();
        List<String> fields = new ArrayList<>();
        long c = 0;
        while (cur.nextField()) {
            fields.add(cur.text().substring(cur.tokenStart(), cur.tokenEnd()));
            if (cur.fieldIs("c")) {
                c = cur.readLong();
            } else {
                cur.skipValue();
            }
        }
        assertThat(fields).containsExactly("a", "b", "c");
        assertThat(c).isEqualTo(7);
    }

    @Test
    @DisplayName("a field name inside a string value, even with escaped quotes, is never taken for a field")
    void escapedStringsDoNotLeakFieldNames() {
        String frame = "{\"msg\":\"say \\\"result\\\":\\\"bad\\\" \\\\\",\"result\":\"good\",\"tail\":\"\\u0041\\n\"}";
        cur.reset(frame).beginObject();
        String result = null;
        String msg = null;
        String tail = null;
        int fields = 0;
        while (cur.nextField()) {
            fields++;
            if (cur.fieldIs("result")) {
                result = cur.readString();
            } else if (cur.fieldIs("msg")) {
                msg = cur.readString();
            } else if (cur.fieldIs("tail")) {
                tail = cur.readString();
            } else {
                cur.skipValue();
            }
        }
        assertThat(fields).isEqualTo(3);
        assertThat(result).isEqualTo("good");
        assertThat(msg).isEqualTo("say \"result\":\"bad\" \\");
        assertThat(tail).isEqualTo("A\n");
    }

    @Test
    @DisplayName("an escaped field name never equals its unescaped spelling (no false match)")
    void escapedFieldNameIsNotMatched() {
        cur.reset("{\"\\u0061\":1}").beginObject();
        assertThat(cur.nextField()).isTrue();
        assertThat(cur.fieldIs("a")).isFalse();
    }

    @ParameterizedTest(name = "{0} reads as {1} x 10^-{2}")
    @DisplayName("decimals read exactly whether quoted or bare, plain or scientific")
    @CsvSource(delimiter = '|', value = {
        "{\"v\":\"100.50\"}|10050|2",
        "{\"v\":100.50}|10050|2",
        "{\"v\":-0.001}|-1|3",
        "{\"v\":\"-0.001\"}|-1|3",
        "{\"v\":1e-8}|1|8",
        "{\"v\":\"2.5E3\"}|2500|0",
        "{\"v\":0}|0|0",
    })
    void readsDecimals(String frame, long mantissa, int scale) {
        cur.reset(frame).beginObject();
        cur.nextField();
        cur.readDecimal();
        assertThat(cur.mantissa()).isEqualTo(mantissa);
        assertThat(cur.scale()).isEqualTo(scale);
        assertThat(cur.nextField()).isFalse();
    }

    @Test
    @DisplayName("ids beyond 2^53 read exactly, bare or quoted")
    void readsLargeIdsExactly() {
        long big = (1L << 53) + 1;
        cur.reset("{\"id\":" + big + ",\"q\":\"" + Long.MAX_VALUE + "\",\"n\":-9007199254740993}").beginObject();
        cur.nextField();
        assertThat(cur.readLong()).isEqualTo(9_007_199_254_740_993L);
        cur.nextField();
        assertThat(cur.readLong()).isEqualTo(Long.MAX_VALUE);
        cur.nextField();
        assertThat(cur.readLong()).isEqualTo(-9_007_199_254_740_993L);
    }

    @Test
    @DisplayName("peek, booleans, nulls and arrays")
    void typesAndLiterals() {
        cur.reset(" { \"a\" : [ 1 , \"x\" , true , null , { } ] , \"b\" : null } ").beginObject();
        cur.nextField();
        assertThat(cur.peek()).isEqualTo(JsonCursor.Type.ARRAY);
        cur.beginArray();
        assertThat(cur.nextElement()).isTrue();
        assertThat(cur.peek()).isEqualTo(JsonCursor.Type.NUMBER);
        assertThat(cur.readLong()).isEqualTo(1);
        assertThat(cur.nextElement()).isTrue();
        assertThat(cur.peek()).isEqualTo(JsonCursor.Type.STRING);
        cur.readStringRange();
        assertThat(cur.tokenEquals("x")).isTrue();
        assertThat(cur.nextElement()).isTrue();
        assertThat(cur.readBoolean()).isTrue();
        assertThat(cur.nextElement()).isTrue();
        assertThat(cur.readNullIfPresent()).isTrue();
        assertThat(cur.nextElement()).isTrue();
        assertThat(cur.peek()).isEqualTo(JsonCursor.Type.OBJECT);
        cur.skipValue();
        assertThat(cur.nextElement()).isFalse();
        assertThat(cur.nextField()).isTrue();
        assertThat(cur.readString()).isNull();
        assertThat(cur.nextField()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("malformed input throws ProtocolException with the offset and without the frame")
    @ValueSource(strings = {
        "",
        "[1]",
        "{\"a\":1",
        "{\"a\" 1}",
        "{a:1}",
        "{\"a\":\"unterminated}",
        "{\"a\":{\"b\":[1,2}",
        "{\"a\":tru}",
        "{\"a\":nul}",
        "{\"a\":@}",
        "{\"a\":\"12x\"}",
        "{\"a\":1.2.3}",
        "{\"a\":99999999999999999999}",
        "{\"a\":1.5}",
    })
    void malformedInputIsAProtocolException(String frame) {
        assertThatThrownBy(() -> {
            cur.reset(frame).beginObject();
            while (cur.nextField()) {
                if (cur.fieldIs("a") && cur.peek() == JsonCursor.Type.NUMBER) {
                    cur.readLong();
                } else if (cur.fieldIs("a") && cur.peek() == JsonCursor.Type.STRING && frame.contains("12x")) {
                    cur.readDecimal();
                } else {
                    cur.skipValue();
                }
            }
        }).isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("malformed JSON")
                .hasMessageMatching(".* at offset \\d+$");
    }

    @Test
    @DisplayName("the offset reported is where parsing stopped")
    void offsetIsReported() {
        cur.reset("{\"a\":1,\"b\":?}").beginObject();
        cur.nextField();
        cur.readLong();
        cur.nextField();
        assertThatThrownBy(cur::skipValue).isInstanceOf(ProtocolException.class)
                .hasMessage("malformed JSON: unexpected character at offset 11");
    }

    @Test
    @DisplayName("the cursor is reusable: reset starts a new frame")
    void reusable() {
        cur.reset("{\"a\":1}").beginObject();
        cur.nextField();
        assertThat(cur.readLong()).isEqualTo(1);
        cur.reset("{\"a\":2}").beginObject();
        cur.nextField();
        assertThat(cur.readLong()).isEqualTo(2);
        assertThat(cur.position()).isEqualTo(6);
    }
}
