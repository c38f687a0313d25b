package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class SpotControlFrameTest {

    private final SpotControlFrame f = new SpotControlFrame();

    @Test
    void pong() {
        assertThat(f.parse("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}").kind()).isEqualTo(SpotControlFrame.Kind.PONG);
    }

    @Test
    void ackCarriesIdCodeAndMsg() {
        f.parse("{\"id\":12,\"code\":0,\"msg\":\"spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT\"}");
        assertThat(f.kind()).isEqualTo(SpotControlFrame.Kind.ACK);
        assertThat(f.id()).isEqualTo(12);
        assertThat(f.code()).isZero();
        assertThat(f.msg()).endsWith("@BTCUSDT");
    }

    @Test
    void invalidListenKeyIsPlainText() {
        assertThat(f.parse("Invalid listen key").kind()).isEqualTo(SpotControlFrame.Kind.INVALID_LISTEN_KEY);
        assertThat(f.parse("{\"id\":0,\"code\":0,\"msg\":\"Invalid listen key\"}").kind())
                .isEqualTo(SpotControlFrame.Kind.INVALID_LISTEN_KEY);
    }

    @Test
    void otherTextIsUnknown() {
        assertThat(f.parse("hello").kind()).isEqualTo(SpotControlFrame.Kind.UNKNOWN);
        assertThat(f.parse("{\"foo\":1}").kind()).isEqualTo(SpotControlFrame.Kind.UNKNOWN);
    }

    @Test
    void malformedJsonThrowsProtocolException() {
        assertThatThrownBy(() -> f.parse("{\"id\":")).isInstanceOf(ProtocolException.class);
    }
}
