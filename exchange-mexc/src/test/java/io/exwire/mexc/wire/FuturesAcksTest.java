package io.exwire.mexc.wire;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class FuturesAcksTest {

    private final FuturesAcks<String> acks = new FuturesAcks<>(10_000);

    @Test
    @DisplayName("id-less answers map to the oldest request filed under their channel (per-channel FIFO)")
    void perChannelFifo() {
        acks.register("rs.sub.deal", 1, "BTC", 0);
        acks.register("rs.sub.depth", 2, "BTC", 0);
        acks.register("rs.sub.deal", 3, "ETH", 0);
        assertThat(acks.take("rs.sub.deal", 0).id()).isEqualTo(1);
        assertThat(acks.take("rs.sub.deal", 0).id()).isEqualTo(3);
        assertThat(acks.take("rs.sub.deal", 0)).isNull();
        assertThat(acks.take("rs.sub.depth", 0).tag()).isEqualTo("BTC");
        assertThat(acks.size()).isZero();
    }

    @Test
    @DisplayName("errors are matched by tag, else go to the oldest request overall")
    void matchingAndOldest() {
        acks.register("rs.sub.deal", 1, "BTC", 0);
        acks.register("rs.sub.ticker", 2, "NOPE", 0);
        acks.register("rs.sub.deal", 3, "ETH", 0);
        assertThat(acks.takeMatching("NOPE"::equals, 0).id()).isEqualTo(2);
        assertThat(acks.takeOldest(0).id()).isEqualTo(1);
        acks.clear();
        assertThat(acks.takeOldest(0)).isNull();
    }

    @Test
    @DisplayName("a request never answered within the timeout does not swallow the next answer of its channel")
    void expiry() {
        acks.register("rs.sub.deal", 1, "BTC", 0);
        acks.register("rs.sub.deal", 2, "ETH", 15_000);
        assertThat(acks.take("rs.sub.deal", 20_000).id()).isEqualTo(2);
        assertThat(acks.size()).isZero();
    }
}
