package io.exwire.core.api;

import io.exwire.api.model.Decimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class DecimalTest {

    @ParameterizedTest(name = "\"{0}\" parses exactly to {1} x 10^-{2}")
    @DisplayName("plain and scientific notation parse exactly into mantissa and scale, signs and trailing zeros kept")
    @CsvSource({
        "123, 123, 0",
        "-12.500, -12500, 3",
        "+5, 5, 0",
        "0.00000001, 1, 8",
        "0.100, 100, 3",
        "1e-8, 1, 8",
        "1E-8, 1, 8",
        "1.5E3, 1500, 0",
        "1e+2, 100, 0",
        "-2.5e-3, -25, 4",
        "1.500e2, 1500, 1",
        "0e5, 0, 0",
        "9223372036854775807, 9223372036854775807, 0",
        "-9223372036854775807, -9223372036854775807, 0",
        "0.123456789012345678, 123456789012345678, 18",
    })
    void parsesExactly(String text, long mantissa, int scale) {
        Decimal d = Decimal.parse(text);
        assertThat(d.mantissa()).isEqualTo(mantissa);
        assertThat(d.scale()).isEqualTo(scale);
        assertThat(d.toBigDecimal()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(Decimal.parseMantissa(text, 0, text.length())).isEqualTo(mantissa);
        assertThat(Decimal.scaleOf(text, 0, text.length())).isEqualTo(scale);
    }

    @Test
    @DisplayName("a range inside a larger text parses without copying it")
    void parsesRange() {
        String frame = "{\"p\":\"-0.0125\"}";
        Decimal d = Decimal.parse(frame, 6, 13);
        assertThat(d).isEqualTo(Decimal.of(-125, 4));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected with NumberFormatException")
    @DisplayName("text that is not a number or exceeds the documented range is rejected, never rounded")
    @ValueSource(strings = {"", "-", "+", ".", "abc", "1.2.3", "--5", "1e", "e5", "1e5e5", "12a",
        "0.1234567890123456789", "9223372036854775808", "-9223372036854775809", "1e-19", "1e100", "1e20"})
    void rejectsOutOfRangeOrMalformed(String text) {
        assertThatThrownBy(() -> Decimal.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    @DisplayName("null text is a NumberFormatException; a scale outside 0..18 is an IllegalArgumentException")
    void rejectsNullAndBadScale() {
        assertThatThrownBy(() -> Decimal.parse(null)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimal.of(1, 19)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> Decimal.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} x 10^-{1} prints as {2}")
    @DisplayName("appendPlain prints plain notation without trailing zeros")
    @CsvSource({
        "1, 1, 0.1",
        "5, 0, 5",
        "-12, 5, -0.00012",
        "100, 3, 0.1",
        "0, 3, 0",
        "-12500, 3, -12.5",
        "123456789, 4, 12345.6789",
        "-9223372036854775808, 0, -9223372036854775808",
        "9223372036854775807, 18, 9.223372036854775807",
    })
    void appendsPlain(long mantissa, int scale, String expected) {
        StringBuilder out = new StringBuilder("x=");
        assertThat(Decimal.appendPlain(out, mantissa, scale)).isSameAs(out);
        assertThat(out).hasToString("x=" + expected);
        assertThat(Decimal.of(mantissa, scale)).hasToString(expected);
    }

    @Test
    @DisplayName("equals, hashCode and compareTo are numeric across scales")
    void numericEqualityAcrossScales() {
        Decimal a = Decimal.parse("1.10");
        Decimal b = Decimal.parse("1.1");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.mantissa()).isNotEqualTo(b.mantissa());
        assertThat(Decimal.parse("-0.00")).isEqualTo(Decimal.ZERO);
        assertThat(Decimal.parse("2").compareTo(Decimal.parse("1.999"))).isPositive();
        assertThat(Decimal.parse("-2").compareTo(Decimal.parse("-1.999"))).isNegative();
        assertThat(Decimal.parse("0.1")).isNotEqualTo(Decimal.parse("0.01")).isNotEqualTo(null).isNotEqualTo("0.1");
        List<Decimal> list = new ArrayList<>(List.of(Decimal.parse("1.5"), Decimal.parse("-3"), Decimal.parse("1.25"),
                Decimal.parse("0.000001")));
        list.sort(null);
        assertThat(list).containsExactly(Decimal.parse("-3"), Decimal.parse("0.000001"), Decimal.parse("1.25"),
                Decimal.parse("1.5"));
        assertThat(Decimal.parse("0.100").stripTrailingZeros()).satisfies(d -> {
            assertThat(d.mantissa()).isEqualTo(1);
            assertThat(d.scale()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("add and subtract are exact at the larger scale and overflow is an ArithmeticException")
    void addAndSubtract() {
        Decimal sum = Decimal.parse("0.1").add(Decimal.parse("0.02"));
        assertThat(sum.mantissa()).isEqualTo(12);
        assertThat(sum.scale()).isEqualTo(2);
        assertThat(Decimal.parse("1").subtract(Decimal.parse("0.001"))).isEqualTo(Decimal.parse("0.999"));
        assertThat(Decimal.parse("-1.5").add(Decimal.parse("1.5"))).isEqualTo(Decimal.ZERO);
        assertThat(Decimal.parse("-1.5").subtract(Decimal.parse("2.25"))).isEqualTo(Decimal.parse("-3.75"));
        assertThatThrownBy(() -> Decimal.ofLong(Long.MAX_VALUE).add(Decimal.ofLong(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimal.ofLong(Long.MAX_VALUE).add(Decimal.parse("0.1"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimal.parse("1.25").rescaled(1)).isInstanceOf(ArithmeticException.class);
        assertThat(Decimal.parse("1.25").rescaled(4)).isEqualTo(12500);
    }

    @Test
    @DisplayName("sign helpers")
    void signs() {
        Decimal d = Decimal.parse("-0.5");
        assertThat(d.signum()).isEqualTo(-1);
        assertThat(d.abs()).isEqualTo(Decimal.parse("0.5"));
        assertThat(d.negate()).isEqualTo(Decimal.parse("0.5"));
        assertThat(Decimal.ZERO.isZero()).isTrue();
        assertThat(Decimal.parse("0.000").isZero()).isTrue();
    }

    /**
     * Defects of {@code io.exwire.api.model.Decimal} found by this suite. The api module is outside the core
     * engineer's remit; these are reported to the lead and stay disabled until it is fixed.
     */
    @Nested
    @DisplayName("known api defects (reported, not fixed here)")
    class KnownApiDefects {

        @Test
        @DisplayName("the smallest mantissa prints correctly at every scale")
        void minMantissaPrints() {
            assertThat(Decimal.of(Long.MIN_VALUE, 2)).hasToString("-92233720368547758.08");
        }

        @Test
        @DisplayName("an exponent that overflows the mantissa is a NumberFormatException")
        void exponentOverflowIsNumberFormat() {
            assertThatThrownBy(() -> Decimal.parse("10e18")).isInstanceOf(NumberFormatException.class);
        }

        @Test
        @DisplayName("an exponent with a fraction is rejected")
        void fractionalExponentRejected() {
            assertThatThrownBy(() -> Decimal.parse("1e1.0")).isInstanceOf(NumberFormatException.class);
        }
    }
}
