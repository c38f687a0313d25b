package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.core.codec.JsonCursor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class FuturesEnvelopeTest {

    private final FuturesEnvelope env = new FuturesEnvelope();
    private final List<String> seen = new ArrayList<>();

    private boolean reader(FuturesEnvelope e, JsonCursor cur) {
        seen.add(e.channel());
        cur.skipValue();
        return true;
    }

    @Test
    @DisplayName("channel, symbol (after data) and ts are read; structured data goes to the reader")
    void push() {
        env.parse("{\"channel\":\"push.deal\",\"data\":[{\"p\":1}],\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}",
                this::reader);
        assertThat(env.channelIs("push.deal")).isTrue();
        assertThat(env.text().substring(env.symbolStart(), env.symbolEnd())).isEqualTo("BTC_USDT");
        assertThat(env.ts()).isEqualTo(1587442022003L);
        assertThat(seen).containsExactly("push.deal");
    }

    @Test
    @DisplayName("string data (acks, errors) and numeric data (pong) are kept without calling the reader")
    void scalars() {
        env.parse("{\"channel\":\"rs.sub.deal\",\"data\":\"success\",\"ts\":\"1587442022003\"}", this::reader);
        assertThat(env.channelStartsWith("rs.sub.")).isTrue();
        assertThat(env.dataIs("success")).isTrue();
        assertThat(env.ts()).isEqualTo(1587442022003L);
        env.parse("{\"channel\":\"pong\",\"data\":1587453241453}", this::reader);
        assertThat(env.channelIs("pong")).isTrue();
        assertThat(env.dataNumber()).isEqualTo(1587453241453L);
        assertThat(seen).isEmpty();
    }

    @Test
    @DisplayName("data sent before channel is read in a second pass")
    void dataBeforeChannel() {
        env.parse("{\"data\":{\"x\":1},\"channel\":\"push.ticker\",\"symbol\":\"ETH_USDT\"}", this::reader);
        assertThat(seen).containsExactly("push.ticker");
        assertThat(env.hasSymbol()).isTrue();
    }

    @Test
    @DisplayName("a reader may decline the data, which is then skipped")
    void declined() {
        env.parse("{\"channel\":\"push.kline\",\"data\":{\"a\":[1,2]},\"ts\":5}", (e, c) -> false);
        assertThat(env.ts()).isEqualTo(5);
    }

    @Test
    void malformed() {
        assertThatThrownBy(() -> env.parse("{\"channel\":\"push.deal\",\"data\":[", this::reader))
                .isInstanceOf(ProtocolException.class);
    }
}
