package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.core.codec.JsonCursor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class JsonFieldsTest {

    @Test
    @DisplayName("fields are found whatever their order; numbers bare or quoted; null counts as absent")
    void readsFlatObject() {
        JsonFields f = new JsonFields("orderId", "price", "taker", "symbol", "missing", "nulled");
        f.read(new JsonCursor().reset("{\"symbol\":\"BTC_USDT\",\"nested\":{\"orderId\":1},"
                + "\"orderId\":102067003631907840,\"price\":\"0.707\",\"taker\":true,\"nulled\":null}"));
        assertThat(f.string(0)).isEqualTo("102067003631907840");
        assertThat(f.longValue(0, -1)).isEqualTo(102067003631907840L);
        assertThat(f.decimal(1)).isEqualTo(Decimal.parse("0.707"));
        assertThat(f.bool(2, false)).isTrue();
        assertThat(f.string(3)).isEqualTo("BTC_USDT");
        assertThat(f.isString(3)).isTrue();
        assertThat(f.has(4)).isFalse();
        assertThat(f.has(5)).isFalse();
        assertThat(f.decimalOrZero(4)).isEqualTo(Decimal.ZERO);
        assertThat(f.longValue(4, 77)).isEqualTo(77);
    }

    @Test
    @DisplayName("reusing the holder clears the previous object's values")
    void reuse() {
        JsonFields f = new JsonFields("a", "b");
        f.read(new JsonCursor().reset("{\"a\":1,\"b\":2}"));
        f.read(new JsonCursor().reset("{\"a\":3}"));
        assertThat(f.longValue(0, 0)).isEqualTo(3);
        assertThat(f.has(1)).isFalse();
    }

    @Test
    @DisplayName("a non-numeric string is not a long (ids such as 'fad2af9e...'), but decimal() reports it")
    void nonNumericStrings() {
        JsonFields f = new JsonFields("id");
        f.read(new JsonCursor().reset("{\"id\":\"fad2af9e942049b6\"}"));
        assertThat(f.longValue(0, -1)).isEqualTo(-1);
        assertThatThrownBy(() -> f.decimal(0)).isInstanceOf(ProtocolException.class);
    }

    @Test
    @DisplayName("REST values padded with 30 fractional zeros still parse exactly")
    void coldDecimalsDropPaddingZeros() {
        assertThat(ColdDecimals.parse("2000000.000000000000000000000000000000")).isEqualTo(Decimal.ofLong(2_000_000));
        assertThat(ColdDecimals.parse(" 0.0001 ")).isEqualTo(Decimal.parse("0.0001"));
        assertThatThrownBy(() -> ColdDecimals.parse("1.0000000000000000001")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> ColdDecimals.parse("x")).isInstanceOf(ProtocolException.class);
    }
}
