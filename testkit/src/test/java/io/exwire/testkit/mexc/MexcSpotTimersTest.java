package io.exwire.testkit.mexc;

import io.exwire.api.model.MarketType;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spot connection timers, shortened through {@link MexcSimulatorConfig}. */
@Timeout(30)
class MexcSpotTimersTest {

    private static final String DEALS = "spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT";

    private MexcSimulator sim;
    private final List<WsTestClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(WsTestClient::close);
        if (sim != null) {
            sim.close();
        }
    }

    private WsTestClient connect(MexcSimulatorConfig config) {
        if (sim == null) {
            sim = new MexcSimulator(MarketType.SPOT, 11, config).start();
        }
        WsTestClient client = WsTestClient.connect(sim.websocketUri());
        clients.add(client);
        return client;
    }

    @Test
    @DisplayName("a connection without a valid subscription is closed after the no-subscription timeout")
    void noSubscriptionCutOff() {
        MexcSimulatorConfig config = MexcSimulatorConfig.defaults().withNoSubscriptionTimeout(Duration.ofMillis(300));
        WsTestClient idle = connect(config);
        WsTestClient blockedOnly = connect(config);
        WsTestClient subscribed = connect(config);
        blockedOnly.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"spot@public.deals.v3.api@BTCUSDT\"]}");
        subscribed.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS + "\"]}");
        assertThat(Await.result(idle.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
        assertThat(Await.result(blockedOnly.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
        assertThat(idle.closeReason()).isEqualTo("no valid subscription");
        subscribed.spotBarrier();
        assertThat(subscribed.isClosed()).isFalse();
        Await.until("server forgot the closed connections", () -> sim.openConnections() == 1);
    }

    @Test
    @DisplayName("a subscribed connection with neither data nor PING is closed after the no-data timeout")
    void noDataCutOff() {
        MexcSimulatorConfig config = MexcSimulatorConfig.defaults().withNoDataTimeout(Duration.ofMillis(400));
        WsTestClient quiet = connect(config);
        quiet.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS + "\"]}");
        assertThat(Await.result(quiet.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
        assertThat(quiet.closeReason()).isEqualTo("no data");
    }

    @Test
    @DisplayName("client PINGs keep a subscribed but quiet connection alive")
    void pingKeepsAlive() {
        MexcSimulatorConfig config = MexcSimulatorConfig.defaults().withNoDataTimeout(Duration.ofMillis(600))
                .withMaxInboundPerSecond(1_000_000);
        WsTestClient pinging = connect(config);
        WsTestClient quiet = connect(config);
        pinging.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS + "\"]}");
        quiet.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS + "\"]}");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!quiet.isClosed()) {
            assertThat(System.nanoTime()).as("quiet connection closed in time").isLessThan(deadline);
            pinging.spotBarrier();
        }
        pinging.spotBarrier();
        assertThat(pinging.isClosed()).isFalse();
        assertThat(Await.result(quiet.closed(), Duration.ofSeconds(1))).isEqualTo(1000);
    }

    @Test
    @DisplayName("a connection sending more than 100 messages in a second is cut")
    void inboundRateLimit() {
        WsTestClient flooding = connect(MexcSimulatorConfig.defaults());
        for (int i = 0; i < 101; i++) {
            flooding.send("{\"method\":\"PING\"}");
        }
        assertThat(Await.result(flooding.closed(), Duration.ofSeconds(5))).isEqualTo(1008);
        assertThat(flooding.texts()).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    @DisplayName("every connection is closed at the maximum lifetime")
    void maxLifetime() {
        MexcSimulatorConfig config = MexcSimulatorConfig.defaults().withMaxLifetime(Duration.ofMillis(500));
        WsTestClient client = connect(config);
        client.send("{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS + "\"]}");
        client.spotBarrier();
        assertThat(Await.result(client.closed(), Duration.ofSeconds(5))).isEqualTo(1000);
        assertThat(client.closeReason()).isEqualTo("connection lifetime exceeded");
    }
}
