package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class AsciiDecimalTest {

    private final AsciiDecimal d = new AsciiDecimal();

    @ParameterizedTest(name = "{0} → {1} × 10^-{2}")
    @CsvSource({
        "0, 0, 0",
        "'', 0, 0",
        "1, 1, 0",
        "-12.500, -12500, 3",
        "+3.25, 325, 2",
        "0.00000000, 0, 8",
        "97463.12, 9746312, 2",
        "0.0001778, 1778, 7",
        "1e-8, 1, 8",
        "1.5E3, 1500, 0",
        "2.5e+2, 250, 0",
        "9223372036854775807, 9223372036854775807, 0",
        "2000000.000000000000000000000000000000, 2000000, 0",
        "92233720368547758.0700, 9223372036854775807, 2",
        "5.000000000000000000, 5000000000000000000, 18"
    })
    void parsesExactly(String text, long mantissa, int scale) {
        parse(text);
        assertThat(d.mantissa()).isEqualTo(mantissa);
        assertThat(d.scale()).isEqualTo(scale);
    }

    @Test
    @DisplayName("the value parsed from bytes equals Decimal.parse of the same text")
    void agreesWithDecimal() {
        for (String s : new String[]{"123.456", "-0.001", "100", "0.10"}) {
            parse(s);
            assertThat(Decimal.of(d.mantissa(), d.scale())).isEqualTo(Decimal.parse(s));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "-", ".", "9223372036854775808", "1e", "1e1000",
        "0.0000000000000000001", "12a"})
    void rejectsMalformedOrOutOfRange(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ProtocolException.class);
    }

    @Test
    @DisplayName("parses a range inside a larger buffer without looking outside it")
    void parsesRange() {
        byte[] b = "xx42.5yy".getBytes(StandardCharsets.US_ASCII);
        d.parse(b, 2, 6);
        assertThat(d.mantissa()).isEqualTo(425);
        assertThat(d.scale()).isEqualTo(1);
    }

    private void parse(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        d.parse(b, 0, b.length);
    }
}
