package io.exwire.cli.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class JsonLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLine line = new JsonLine();

    @Test
    void writesFieldsInOrderAsOneLine() {
        line.begin("t").string("a", "x").number("n", -42).numberAsString("id", 9_007_199_254_740_993L)
                .symbol("symbol", Symbol.of("BTC", "USDT")).flag("yes", true).flag("no", false)
                .timestamp("ts0", 0).timestamp("ts", 1_700_000_000_123L).end();

        assertThat(line.text().toString()).isEqualTo("{\"type\":\"t\",\"a\":\"x\",\"n\":-42,\"id\":\"9007199254740993\","
                + "\"symbol\":\"BTC/USDT\",\"yes\":true,\"ts\":1700000000123}\n");
    }

    @ParameterizedTest
    @CsvSource({
            "100, 3, 0.1",
            "5000, 3, 5",
            "-12, 5, -0.00012",
            "123456789, 0, 123456789",
            "1, 18, 0.000000000000000001",
            "0, 8, 0",
            "-9223372036854775808, 0, -9223372036854775808",
            "600001, 1, 60000.1",
            "1000000000000000000, 18, 1"})
    void decimalsArePlainExactStringsWithoutTrailingZeros(long mantissa, int scale, String expected) throws Exception {
        line.begin("d").decimal("v", mantissa, scale).end();

        assertThat(JSON.readTree(line.text().toString()).get("v").isTextual()).isTrue();
        assertThat(JSON.readTree(line.text().toString()).get("v").asText()).isEqualTo(expected);
    }

    @Test
    void nullDecimalOmitsTheField() throws Exception {
        line.begin("d").decimal("v", (Decimal) null).decimal("w", Decimal.parse("1.50")).end();

        JsonNode node = JSON.readTree(line.text().toString());
        assertThat(node.has("v")).isFalse();
        assertThat(node.get("w").asText()).isEqualTo("1.5");
    }

    @Test
    void escapesQuotesBackslashesControlAndNonAsciiCharacters() throws Exception {
        String nasty = "q\"b\\s/n\nr\rt\tb\bf\fz\u0000e\u001fdel\u007fé€😀";

        line.begin("e").string("m", nasty).end();

        String text = line.text().toString();
        assertThat(text).doesNotContain("\n\"").endsWith("}\n");
        assertThat(text.substring(0, text.length() - 1)).doesNotContain("\n", "\r", "\t");
        assertThat(text.chars().allMatch(c -> c < 128)).as("pure ASCII").isTrue();
        assertThat(text).contains("\\\"", "\\\\", "\\n", "\\r", "\\t", "\\b", "\\f", "\\u0000", "\\u001f",
                "\\u007f", "\\u00e9", "\\u20ac", "\\ud83d\\ude00");
        assertThat(JSON.readTree(text).get("m").asText()).isEqualTo(nasty);
    }

    @Test
    void levelsAreArraysOfPriceSizeStringPairs() throws Exception {
        line.begin("b").beginLevels("bids").level(600001, 1, 25, 4).level(600000, 1, 10000, 4).endLevels()
                .beginLevels("asks").endLevels().end();

        JsonNode node = JSON.readTree(line.text().toString());
        assertThat(node.get("bids").toString()).isEqualTo("[[\"60000.1\",\"0.0025\"],[\"60000\",\"1\"]]");
        assertThat(node.get("asks").toString()).isEqualTo("[]");
    }

    @Test
    void reuseStartsEachLineAfresh() {
        line.begin("first").string("a", "1").end();
        line.begin("second").end();

        assertThat(line.text().toString()).isEqualTo("{\"type\":\"second\"}\n");
    }

    @Test
    void writesAsciiBytesOfLongLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String big = "x".repeat(5000);

        line.begin("big").string("v", big).end();
        line.writeTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("{\"type\":\"big\",\"v\":\"" + big + "\"}\n");
    }
}
