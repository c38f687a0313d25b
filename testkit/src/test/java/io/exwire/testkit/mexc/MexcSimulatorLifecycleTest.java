package io.exwire.testkit.mexc;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Construction, determinism, streaming and shutdown. */
@Timeout(60)
class MexcSimulatorLifecycleTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private static long simulatorThreads() {
        long platform = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("mexc-sim")).count();
        return platform + SimThreads.live();
    }

    @Test
    @DisplayName("URIs point at loopback with the venue paths; the same seed gives the same book")
    void urisAndDeterminism() {
        try (MexcSimulator spot = new MexcSimulator(MarketType.SPOT, 99).start();
             MexcSimulator again = new MexcSimulator(MarketType.SPOT, 99).start();
             MexcSimulator futures = new MexcSimulator(MarketType.FUTURES, 99).start()) {
            assertThat(spot.websocketUri().toString()).matches("ws://127\\.0\\.0\\.1:\\d+/ws");
            assertThat(futures.websocketUri().toString()).matches("ws://127\\.0\\.0\\.1:\\d+/edge");
            assertThat(spot.restUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(spot.exchange().id()).isEqualTo("mexc");
            assertThat(spot.venueSymbol(BTC)).isEqualTo("BTCUSDT");
            assertThat(futures.venueSymbol(BTC)).isEqualTo("BTC_USDT");
            spot.tick(500);
            again.tick(500);
            assertThat(spot.book(BTC, 50)).usingRecursiveComparison().ignoringFields("exchangeTimestampMillis")
                    .isEqualTo(again.book(BTC, 50));
            assertThatThrownBy(spot::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("stream(20000/s) pushes tens of thousands of events and stops on stream(0)")
    void streamsFast() {
        try (MexcSimulator sim = new MexcSimulator(MarketType.SPOT, 4).start();
             WsTestClient client = WsTestClient.connect(sim.websocketUri())) {
            client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"spot@public.aggre.depth.v3.api.pb@10ms@BTCUSDT\","
                    + "\"spot@public.aggre.depth.v3.api.pb@10ms@ETHUSDT\"]}");
            client.text(0);
            long start = sim.book(BTC, 1).sequence();
            sim.stream(20_000);
            Await.until("20k versions streamed", Duration.ofSeconds(20),
                    () -> sim.book(BTC, 1).sequence() - start > 20_000);
            sim.stream(0);
            long stopped = sim.book(BTC, 1).sequence();
            client.spotBarrier();
            assertThat(sim.book(BTC, 1).sequence()).isEqualTo(stopped);
            long last = client.pushes(p -> p.string(1).endsWith("BTCUSDT")).stream()
                    .mapToLong(p -> Long.parseLong(p.message(313).string(5))).max().orElseThrow();
            assertThat(last).isEqualTo(stopped);
        }
    }

    @Test
    @DisplayName("close() stops every simulator thread and is idempotent")
    void closeStopsThreads() {
        MexcSimulator sim = new MexcSimulator(MarketType.FUTURES, 8).start();
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        client.send("{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\"}}");
        client.text(0);
        sim.stream(1000);
        sim.close();
        sim.close();
        client.close();
        Await.until("no mexc-sim threads", Duration.ofSeconds(10), () -> simulatorThreads() == 0);
    }
}
