package io.exwire.core.codec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class ByteCursorTest {

    private final ByteCursor in = new ByteCursor();

    /** Whether the last string read is exactly {@code ascii}. */
    private boolean token(byte[] ascii) {
        return Arrays.equals(in.bytes(), in.tokenStart(), in.tokenStart() + in.tokenLength(), ascii, 0, ascii.length);
    }

    private ByteCursor at(String json) {
        assertThat(in.load(json)).isTrue();
        return in;
    }

    @Test
    @DisplayName("decimals of 1 to 18 digits, any dot position, quoted or bare, signed, parse exactly (SWAR vs BigDecimal)")
    void decimalsMatchBigDecimal() {
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            int digits = 1 + r.nextInt(18);
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            int dot = r.nextInt(digits);
            if (dot > 0) {
                sb.insert(dot, '.');
            }
            if (r.nextInt(4) == 0) {
                sb.insert(0, '-');
            }
            String number = sb.toString();
            boolean quoted = r.nextBoolean();
            at("[" + (quoted ? "\"" + number + "\"" : number) + (r.nextBoolean() ? " ]" : ",1]")).arrayStart();
            in.decimal();
            BigDecimal expected = new BigDecimal(number);
            assertThat(in.mantissa()).as(number).isEqualTo(expected.unscaledValue().longValueExact());
            assertThat(in.scale()).as(number).isEqualTo(expected.scale());
            in.more(']');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"1.\"", "1.]", "\".5\"", "1e5]", "\"1e5\"", "\"1.2.3\"", "1.2.3]", "--1]",
        "+1]", "\"-\"", "1234567890123456789]", "\"0.0000000000000000001\"", "\"12", "12x]", "null", "\"1 \"",
        "\"1\\u0030\"", "true", "-]"})
    @DisplayName("numbers the exact parser treats specially (or rejects) miss")
    void unusualNumbersMiss(String value) {
        at("[" + value + "]").arrayStart();
        assertThatThrownBy(in::decimal).isSameAs(ByteCursor.MISS);
    }

    @Test
    @DisplayName("whole numbers: exact, truncated from fractions, or a miss when a fraction is not allowed")
    void wholeNumbers() {
        at("[1732000000037,\"1606292218213.4578\",\"-7.9\",\"5.0\",48733182]").arrayStart();
        assertThat(in.whole()).isEqualTo(1732000000037L);
        in.more(']');
        assertThat(in.truncatedWhole()).isEqualTo(1606292218213L);
        in.more(']');
        assertThat(in.truncatedWhole()).isEqualTo(-7L);
        in.more(']');
        assertThatThrownBy(in::whole).isSameAs(ByteCursor.MISS);
        at("[48733182, 123456789012345678]").arrayStart();
        assertThat(in.whole()).isEqualTo(48733182L);
        in.more(']');
        assertThat(in.whole()).isEqualTo(123456789012345678L);
        assertThat(in.more(']')).isFalse();
        in.end();
    }

    @Test
    @DisplayName("member names of every length become one or two words; one-character names take the short path")
    void keys() {
        for (int n = 0; n <= 20; n++) {
            String name = "abcdefghijklmnopqrstuvwxyz".substring(0, n);
            at("{\"" + name + "\" : 1}").objectStart();
            in.key();
            assertThat(in.keyLength()).isEqualTo(n);
            assertThat(in.keyWord()).isEqualTo(ByteCursor.word(name, 0));
            assertThat(in.keyWord2()).isEqualTo(n > 8 ? ByteCursor.word(name, 8) : 0L);
            assertThat(in.keyLength() == n && in.keyWord() == ByteCursor.word(name, 0)).isTrue();
            assertThat(in.whole()).isEqualTo(1);
        }
        at("{\"a\":1,\"\":2}").objectStart();
        in.key();
        assertThat(in.keyLength() == 1 && in.keyWord() == 'a').isTrue();
        in.whole();
        in.more('}');
        in.key();
        assertThat(in.keyLength()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\\\"b\":1}", "{\"\\\\\":1}", "{a:1}", "{\"a\" 1}", "{\"abc", "{\"a\"", "{\"\"\":1}"})
    @DisplayName("escaped, unquoted, unterminated or colon-less names miss")
    void oddKeysMiss(String json) {
        at(json).objectStart();
        assertThatThrownBy(in::key).isSameAs(ByteCursor.MISS);
    }

    @Test
    @DisplayName("strings of every length across 8-byte words are found exactly; escapes and the frame's end miss")
    void strings() {
        for (int n = 0; n <= 40; n++) {
            String s = "x".repeat(n);
            at("[\"" + s + "\",\"z\"]").arrayStart();
            in.readString();
            assertThat(in.tokenLength()).isEqualTo(n);
            assertThat(in.tokenStart()).isEqualTo(2);
            assertThat(token(s.getBytes())).isTrue();
            assertThat(token((s + "y").getBytes())).isFalse();
            in.more(']');
            in.readString();
            assertThat(token("z".getBytes())).isTrue();
            assertThat(token("y".getBytes())).isFalse();
        }
        at("[\"abc\\ndef\"]").arrayStart();
        assertThatThrownBy(in::readString).isSameAs(ByteCursor.MISS);
        at("[\"abcdefghijklmnop").arrayStart();
        assertThatThrownBy(in::readString).isSameAs(ByteCursor.MISS);
        at("[1]").arrayStart();
        assertThatThrownBy(in::readString).isSameAs(ByteCursor.MISS);
    }

    @Test
    @DisplayName("frames with characters above U+00FF are refused; Latin-1 ones load; long ones grow the buffer")
    void loading() {
        assertThat(in.load("{\"s\":\"\u4E22\"}")).isFalse();
        assertThat(in.load("{\"s\":\"\u0100\"}")).isFalse();
        assertThat(in.load("{\"s\":\"é\"}")).isTrue();
        assertThat(in.bytes()[6]).isEqualTo((byte) 0xE9);
        String big = "[" + "1,".repeat(3_000) + "2]";
        assertThat(in.load(big)).isTrue();
        assertThat(in.length()).isEqualTo(big.length());
        assertThat(in.bytes()[big.length()]).isZero();
        in.arrayStart();
        int count = 1;
        while (in.peek() != 0) {
            in.whole();
            if (in.more(']')) {
                count++;
            }
        }
        assertThat(count).isEqualTo(3_001);
        in.end();
        assertThat(in.position()).isEqualTo(big.length());
    }

    @Test
    @DisplayName("structure is strict: containers, commas, colons, literals and the end of the frame")
    void structure() {
        assertThat(at(" { } ").objectStart()).isFalse();
        in.end();
        assertThat(at("[ ]").arrayStart()).isFalse();
        assertThat(at("[ 1 ]").arrayStart()).isTrue();
        at("{}x").objectStart();
        assertThatThrownBy(in::end).isSameAs(ByteCursor.MISS);
        at("[1 ;2]").arrayStart();
        in.whole();
        assertThatThrownBy(() -> in.more(']')).isSameAs(ByteCursor.MISS);
        at("[true,false,null,nul,tru]").arrayStart();
        assertThat(in.bool()).isTrue();
        in.more(']');
        assertThat(in.bool()).isFalse();
        in.more(']');
        assertThat(in.nullIfPresent()).isTrue();
        in.more(']');
        assertThat(in.nullIfPresent()).isFalse();
        assertThatThrownBy(in::bool).isSameAs(ByteCursor.MISS);
        at("x").expect('x');
        assertThatThrownBy(() -> at("x").expect('y')).isSameAs(ByteCursor.MISS);
    }

    @Test
    @DisplayName("skipValue skips every kind of value, nested containers with brackets inside strings included")
    void skipping() {
        at("{\"a\":{\"b\":[1,\"]}\",{\"c\":null}],\"d\":\"x\"},\"e\":true,\"f\":false,\"g\":null,\"h\":-1.5e+3,"
                + "\"i\":\"s\",\"z\":7}").objectStart();
        for (int i = 0; i < 6; i++) {
            in.key();
            in.skipValue();
            in.more('}');
        }
        in.key();
        assertThat(in.keyLength() == 1 && in.keyWord() == 'z').isTrue();
        assertThat(in.whole()).isEqualTo(7);
        assertThat(in.more('}')).isFalse();
        in.end();
        at("[{\"a\":[1,2]").arrayStart();
        assertThatThrownBy(in::skipValue).isSameAs(ByteCursor.MISS);
        at("[:]").arrayStart();
        assertThatThrownBy(in::skipValue).isSameAs(ByteCursor.MISS);
        at("[{\"a\":\"\\u0041\"}]").arrayStart();
        assertThatThrownBy(in::skipValue).isSameAs(ByteCursor.MISS);
        for (String notAValue : List.of(".5", "+1", "e5", "E5", "nul", "x")) {
            // JsonCursor.skipValue rejects these (no value starts so), so they must not be skipped here
            at("[" + notAValue + "]").arrayStart();
            assertThatThrownBy(in::skipValue).as(notAValue).isSameAs(ByteCursor.MISS);
        }
        at("[-,1-2e+5]").arrayStart();
        in.skipValue();
        assertThat(in.more(']')).isTrue();
        in.skipValue();
        assertThat(in.more(']')).isFalse();
    }

    @Test
    @DisplayName("word packs names little-endian from the given offset")
    void words() {
        assertThat(ByteCursor.word("t", 0)).isEqualTo('t');
        assertThat(ByteCursor.word("ab", 0)).isEqualTo('a' | ('b' << 8));
        assertThat(ByteCursor.word("currency_pair", 8)).isEqualTo(ByteCursor.word("_pair", 0));
        assertThat(ByteCursor.word("short", 8)).isZero();
    }

    @Test
    @DisplayName("decimal(shape) reads exactly what decimal() reads, whether its guess of the shape is right or wrong")
    void shapeGuessesAreCheckedByteForByte() {
        Random r = new Random(11);
        ByteCursor.Shape shape = new ByteCursor.Shape();
        ByteCursor general = new ByteCursor();
        String[] forms = {"\"60123.43\"", "\"60123.4\"", "\"0.0003341504\"", "\"12345678.12345678\"",
            "\"123456789.5\"", "\"7\"", "7", "-1.5", "\"-1.5\"", "\"1.\"", "\"1.5e3\"", "\"1x5\"", "\"15.\"",
            "\"99999999.99999999\"", "\".5\"", "\"1.2\"", "\"3.25\"", "\"4.75\""};
        int guessedRight = 0;
        for (int i = 0; i < 20_000; i++) {
            String value = r.nextInt(3) == 0 ? forms[r.nextInt(forms.length)] : "\"" + (1 + r.nextInt(9)) + "." + r.nextInt(10)
                    + r.nextInt(10) + "\"";
            String frame = "[" + value + "]";
            general.load(frame);
            general.arrayStart();
            boolean generalMissed = false;
            try {
                general.decimal();
            } catch (ByteCursor.Miss miss) {
                generalMissed = true;
            }
            at(frame).arrayStart();
            try {
                in.decimal(shape);
                assertThat(generalMissed).as(value).isFalse();
                assertThat(in.mantissa()).as(value).isEqualTo(general.mantissa());
                assertThat(in.scale()).as(value).isEqualTo(general.scale());
                assertThat(in.position()).as(value).isEqualTo(general.position());
                guessedRight += value.length() == 6 ? 1 : 0;
            } catch (ByteCursor.Miss miss) {
                assertThat(generalMissed).as(value).isTrue();
            }
        }
        assertThat(guessedRight).isGreaterThan(10_000);
    }

    @Test
    @DisplayName("whole(shape), truncatedWhole(shape), skipWhole(shape) and skipValue(shape) read exactly what the "
            + "unguessed reads do")
    void wholeGuessesAreChecked() {
        Random r = new Random(13);
        ByteCursor.Shape[] shapes = {new ByteCursor.Shape(), new ByteCursor.Shape(), new ByteCursor.Shape(),
            new ByteCursor.Shape()};
        ByteCursor general = new ByteCursor();
        String[] forms = {"1732000000037", "173200000003", "17320000000371", "48733182", "4873318", "123456789",
            "1234567890123456", "12345678901234567", "-1732000000037", "\"1732000000037\"", "1732000000037.5",
            "1732000000037e3", "0", "7", "\"\"", "1x", "12345678", "\"1732000000037.4578\"", "\"1732000000037.45\"",
            "\"1732000000037.\"", "\"173200000003.4578\"", "\"-1732000000037.4\"", "\"1234567890123456.12\"",
            "\"12345678901234567.12\"", "\"1234567890123456.123\"", "\"1.1234567890123456\"", "\"1732000000037.45x\"",
            "\"1732000000037,4578\"", "\"abc\"", "true", "[1,2]", "{\"a\":1}", "null"};
        String[] ends = {",", "]", " ]", "}", ".", "x", "\n,"};
        int guessedRight = 0;
        for (int i = 0; i < 40_000; i++) {
            String value = r.nextInt(4) == 0 ? forms[r.nextInt(forms.length)] : r.nextBoolean()
                    ? "17320000" + (10_000 + r.nextInt(90_000))
                    : "\"17320000" + (10_000 + r.nextInt(90_000)) + "." + (1000 + r.nextInt(9000)) + "\"";
            String frame = "[" + (r.nextInt(20) == 0 ? " " : "") + value + ends[r.nextInt(ends.length)] + "]";
            general.load(frame);
            general.arrayStart();
            at(frame).arrayStart();
            int kind = r.nextInt(4);
            Long expected = read(general, kind, null);
            Long actual = read(in, kind, shapes[kind]);
            assertThat(actual).as(frame + " kind " + kind).isEqualTo(expected);
            if (expected != null) {
                assertThat(in.position()).as(frame).isEqualTo(general.position());
                guessedRight += (value.length() == 13 || value.length() == 20) && frame.charAt(1) != ' ' ? 1 : 0;
            }
        }
        assertThat(guessedRight).isGreaterThan(15_000);
    }

    /** kind 0: whole, 1: truncatedWhole, 2: skipWhole, 3: skipValue (value -1 for the skips); null: a miss. */
    private static Long read(ByteCursor cursor, int kind, ByteCursor.Shape shape) {
        try {
            switch (kind) {
                case 0 -> {
                    return shape == null ? cursor.whole() : cursor.whole(shape);
                }
                case 1 -> {
                    return shape == null ? cursor.truncatedWhole() : cursor.truncatedWhole(shape);
                }
                case 2 -> {
                    if (shape == null) {
                        cursor.whole();
                    } else {
                        cursor.skipWhole(shape);
                    }
                }
                default -> {
                    if (shape == null) {
                        cursor.skipValue();
                    } else {
                        cursor.skipValue(shape);
                    }
                }
            }
            return -1L;
        } catch (ByteCursor.Miss miss) {
            return null;
        }
    }

    @Test
    @DisplayName("a quoted fractional guess at the very end of a frame that fills the buffer stays inside it")
    void quotedGuessAtTheEnd() {
        ByteCursor.Shape shape = new ByteCursor.Shape();
        String value = "\"1234567890123456.12\"";
        // 1,024 characters: the cursor's initial capacity, so only the padding follows the frame
        String full = "[" + " ".repeat(1024 - value.length() - 2) + value + "]";
        at(full).arrayStart();
        assertThat(in.truncatedWhole(shape)).isEqualTo(1234567890123456L);
        for (int cut = 1; cut < value.length(); cut++) {
            String frame = full.substring(0, full.length() - 1 - cut);
            at(frame).arrayStart();
            assertThatThrownBy(() -> in.truncatedWhole(shape)).as(frame).isSameAs(ByteCursor.MISS);
        }
        at(full).arrayStart();
        assertThat(in.truncatedWhole(shape)).isEqualTo(1234567890123456L);
        in.expect(']');
        in.end();
    }

    @Test
    @DisplayName("decimalPair reads a [first, second] level exactly as the separate reads do, whitespace included")
    void pairs() {
        ByteCursor.Shape price = new ByteCursor.Shape();
        ByteCursor.Shape size = new ByteCursor.Shape();
        at("[[\"3012.32\",\"70.6149\"], [ \"3012.31\" , \"0\" ] ,[\"3012.3\",\"-1.25\"],[\"1\"]]").arrayStart();
        in.decimalPair(price, size);
        assertThat(new long[] {in.mantissa(), in.scale(), in.secondMantissa(), in.secondScale()})
                .containsExactly(301232, 2, 706149, 4);
        in.more(']');
        in.decimalPair(price, size);
        assertThat(new long[] {in.mantissa(), in.scale(), in.secondMantissa(), in.secondScale()})
                .containsExactly(301231, 2, 0, 0);
        in.more(']');
        in.decimalPair(price, size);
        assertThat(new long[] {in.mantissa(), in.scale(), in.secondMantissa(), in.secondScale()})
                .containsExactly(30123, 1, -125, 2);
        in.more(']');
        assertThatThrownBy(() -> in.decimalPair(price, size)).isSameAs(ByteCursor.MISS);
    }

    @Test
    @DisplayName("bareLevel reads [d,d] and [d,d,n] exactly as the element-by-element reads do, or consumes nothing")
    void bareLevels() {
        Random r = new Random(17);
        ByteCursor general = new ByteCursor();
        String[] parts = {"6859.5", "3251", "0", "1", "6860", "12345678.12345678", "123456789", "-1.5", "1e2", "\"1\"",
            "1.", ".5", "1x", "7", "12.25"};
        String[] thirds = {"", ",1", ",1234567", ",12345678", ",\"x\"", ",1,2", ", 1", ",-1"};
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            String level = "[" + parts[r.nextInt(parts.length)] + (r.nextInt(20) == 0 ? " ," : ",")
                    + parts[r.nextInt(parts.length)] + thirds[r.nextInt(thirds.length)] + "]";
            String frame = "[" + level + "]";
            at(frame).arrayStart();
            int before = in.position();
            if (!in.bareLevel()) {
                assertThat(in.position()).as(frame).isEqualTo(before);
                continue;
            }
            read++;
            general.load(frame);
            general.arrayStart();
            general.expect('[');
            general.decimal();
            long first = general.mantissa();
            int firstScale = general.scale();
            general.expect(',');
            general.decimal();
            if (general.more(']')) {
                general.skipValue();
                assertThat(general.more(']')).as(frame).isFalse();
            }
            assertThat(new long[] {in.mantissa(), in.scale(), in.secondMantissa(), in.secondScale(), in.position()})
                    .as(frame).containsExactly(first, firstScale, general.mantissa(), general.scale(), general.position());
        }
        assertThat(read).isGreaterThan(1_500);
    }
}
