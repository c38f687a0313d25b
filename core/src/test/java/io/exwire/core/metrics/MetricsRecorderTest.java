package io.exwire.core.metrics;

import io.exwire.api.metrics.ChannelMetrics;
import io.exwire.api.metrics.LatencySummary;
import io.exwire.api.metrics.MetricsSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@Timeout(10)
class MetricsRecorderTest {

    @Test
    @DisplayName("a snapshot reports every counter, the gauges and per-channel figures")
    void snapshotFigures() {
        MetricsRecorder m = new MetricsRecorder();
        m.gauges(() -> 7, () -> 1_500, () -> 3);
        m.frame(100);
        m.frame(50);
        m.unknownChannel();
        m.parseError();
        m.reconnect();
        m.reconnect();
        m.dropped();
        ChannelRecorder book = m.channel("ORDER_BOOK");
        assertThat(m.channel("ORDER_BOOK")).as("one recorder per channel").isSameAs(book);
        book.parseError();
        book.gap();
        book.gap();
        book.resync();
        book.bytes(120);

        MetricsSnapshot s = m.snapshot();
        assertThat(s.messages()).isEqualTo(2);
        assertThat(s.bytes()).isEqualTo(150);
        assertThat(s.unknownChannel()).isEqualTo(1);
        assertThat(s.parseErrors()).as("component plus channel parse errors").isEqualTo(2);
        assertThat(s.reconnects()).isEqualTo(2);
        assertThat(m.reconnects()).isEqualTo(2);
        assertThat(s.droppedOnOverflow()).isEqualTo(1);
        assertThat(s.gaps()).isEqualTo(2);
        assertThat(s.resyncs()).isEqualTo(1);
        assertThat(s.queueDepth()).isEqualTo(7);
        assertThat(s.queueLagNanos()).isEqualTo(1_500);
        assertThat(s.connections()).isEqualTo(3);
        ChannelMetrics c = s.channels().get("ORDER_BOOK");
        assertThat(c.parseErrors()).isEqualTo(1);
        assertThat(c.gaps()).isEqualTo(2);
        assertThat(c.resyncs()).isEqualTo(1);
        assertThat(c.bytes()).isEqualTo(120);
        assertThat(c.messages()).isZero();
        assertThat(c.receiveToHandled()).isEqualTo(LatencySummary.EMPTY);
    }

    @Test
    @DisplayName("delivered() records messages and latencies per channel and in total; venue latency only with a venue time")
    void latencies() {
        MetricsRecorder m = new MetricsRecorder();
        ChannelRecorder trades = m.channel("TRADES");
        long receive = 5_000_000_000_000L;
        for (int i = 1; i <= 100; i++) {
            trades.delivered(0, receive, receive + i * 1_000L);
        }
        trades.delivered(receive / 1_000_000L - 2, receive, receive + 1_000L);

        MetricsSnapshot s = m.snapshot();
        ChannelMetrics c = s.channels().get("TRADES");
        assertThat(c.messages()).isEqualTo(101);
        assertThat(c.receiveToHandled().count()).isEqualTo(101);
        assertThat((double) c.receiveToHandled().p50()).isCloseTo(50_000, within(500.0));
        assertThat((double) c.receiveToHandled().max()).isCloseTo(100_000, within(1_000.0));
        assertThat(c.venueToReceive().count()).as("only the message with a venue timestamp").isEqualTo(1);
        assertThat((double) c.venueToReceive().max()).isCloseTo(2_000_000, within(20_000.0));
        assertThat(s.receiveToHandled().count()).isEqualTo(101);
        assertThat(s.venueToReceive().count()).isEqualTo(1);

        MetricsSnapshot again = m.snapshot();
        assertThat(again.receiveToHandled().count()).as("snapshots do not double count").isEqualTo(101);
        trades.delivered(0, receive, receive - 10);
        assertThat(m.snapshot().receiveToHandled().count()).as("negative latency (clock skew) recorded as 0").isEqualTo(102);
    }
}
