package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.mexc.testing.ProtoWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static io.exwire.mexc.testing.ProtoWriter.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class SpotPushTest {

    /**
     * Hand-computed: channel "c" (0A 01 63), symbol "BTCUSDT" (1A 07 ..), sendTime 1000 (30 E8 07), body 315
     * (DA 13, 12 bytes: bidPrice "1", bidQuantity "2", askPrice "3", askQuantity "4").
     */
    static final byte[] HAND_COMPUTED = hex("0A 01 63 1A 07 42 54 43 55 53 44 54 30 E8 07"
            + " DA 13 0C 0A 01 31 12 01 32 1A 01 33 22 01 34");

    private final SpotPush push = new SpotPush();

    @Test
    @DisplayName("a hand-computed wrapper yields channel, symbol, send time and the body range")
    void handComputedFrame() {
        push.parse(ByteBuffer.wrap(HAND_COMPUTED));
        assertThat(push.body()).isEqualTo(SpotPush.PUBLIC_AGGRE_BOOK_TICKER);
        assertThat(text(push.channelStart(), push.channelEnd())).isEqualTo("c");
        assertThat(text(push.symbolStart(), push.symbolEnd())).isEqualTo("BTCUSDT");
        assertThat(push.timestamp()).isEqualTo(1000);
        assertThat(push.bodyEnd() - push.bodyStart()).isEqualTo(12);
        assertThat(push.bodyEnd()).isEqualTo(HAND_COMPUTED.length);
    }

    @Test
    @DisplayName("fields may come in any order; createTime is the fallback timestamp; unknown fields are skipped")
    void anyOrder() {
        byte[] frame = ProtoWriter.message().message(307, ProtoWriter.message().string(1, "USDT"))
                .int64(5, 1234).string(4, "0123456789abcdef").string(1, "spot@private.account.v3.api.pb")
                .int64(99, 7).toByteArray();
        push.parse(ByteBuffer.wrap(frame));
        assertThat(push.body()).isEqualTo(SpotPush.PRIVATE_ACCOUNT);
        assertThat(push.hasSymbol()).isFalse();
        assertThat(push.timestamp()).isEqualTo(1234);
    }

    @Test
    @DisplayName("direct buffers and buffers with a position are read from position to limit")
    void directAndOffsetBuffers() {
        ByteBuffer direct = ByteBuffer.allocateDirect(HAND_COMPUTED.length + 3);
        direct.put(new byte[]{9, 9, 9}).put(HAND_COMPUTED).flip().position(3);
        push.parse(direct);
        assertThat(text(push.symbolStart(), push.symbolEnd())).isEqualTo("BTCUSDT");
        assertThat(direct.position()).isEqualTo(3);

        byte[] padded = new byte[HAND_COMPUTED.length + 5];
        System.arraycopy(HAND_COMPUTED, 0, padded, 5, HAND_COMPUTED.length);
        push.parse(ByteBuffer.wrap(padded, 5, HAND_COMPUTED.length).slice());
        assertThat(text(push.symbolStart(), push.symbolEnd())).isEqualTo("BTCUSDT");
    }

    @Test
    @DisplayName("the symbol can be taken from the channel string, counting segments from the end")
    void symbolFromChannel() {
        byte[] frame = ProtoWriter.message().string(1, "spot@public.miniTicker.v3.api.pb@ETHUSDT@24H").toByteArray();
        push.parse(ByteBuffer.wrap(frame));
        assertThat(push.symbolFromChannel(1)).isTrue();
        assertThat(text(push.symbolStart(), push.symbolEnd())).isEqualTo("ETHUSDT");
        assertThat(push.symbolFromChannel(0)).isTrue();
        assertThat(text(push.symbolStart(), push.symbolEnd())).isEqualTo("24H");
    }

    @Test
    void truncatedFrameIsMalformed() {
        byte[] cut = java.util.Arrays.copyOf(HAND_COMPUTED, HAND_COMPUTED.length - 4);
        assertThatThrownBy(() -> push.parse(ByteBuffer.wrap(cut))).isInstanceOf(ProtocolException.class);
    }

    private String text(int start, int end) {
        return new String(push.buffer(), start, end - start, StandardCharsets.US_ASCII);
    }
}
