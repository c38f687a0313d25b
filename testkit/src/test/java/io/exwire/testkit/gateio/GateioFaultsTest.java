package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static io.exwire.testkit.gateio.GateioTestSupport.KEY;
import static io.exwire.testkit.gateio.GateioTestSupport.SECRET;
import static io.exwire.testkit.gateio.GateioTestSupport.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class GateioFaultsTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final String BOOK = "spot.order_book_update";

    private GateioSimulator sim;
    private GateioWsClient client;

    @BeforeEach
    void start() {
        sim = new GateioSimulator(MarketType.SPOT, 21).start();
        client = new GateioWsClient(sim.websocketUri());
        Await.until("connection registered", () -> sim.openConnections() == 1);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private JsonNode nextDelta() {
        sim.tick(1);
        return client.push(BOOK).path("result");
    }

    @Test
    void dropClosesTcpWithoutACloseFrame() {
        sim.faults().dropConnections();
        Await.until("client sees the drop", client::closedOrFailed);
        assertThat(client.closeCode.get()).isIn(-1, 1006);
        Await.until("server forgets the connection", () -> sim.openConnections() == 0);
    }

    @Test
    void closeSendsTheCode() {
        sim.faults().closeConnections(4000, "maintenance");
        Await.until("close frame", () -> client.closeCode.get() == 4000);
    }

    @Test
    void halfOpenStopsPushesAndPongsButKeepsTcp() {
        sim.faults().halfOpen();
        client.send("{\"time\":" + GateioTestSupport.nowSeconds() + ",\"channel\":\"spot.ping\"}");
        client.sendPing();
        int before = client.raw.size();
        assertThatThrownBy(() -> Await.until("any frame or pong", Duration.ofMillis(300),
                () -> client.raw.size() > before || client.pongs.get() > 0))
                .as("nothing may arrive on a half-open connection").isInstanceOf(AssertionError.class);
        assertThat(client.raw).hasSize(before);
        assertThat(client.pongs.get()).isZero();
        assertThat(client.closedOrFailed()).isFalse();
        assertThat(sim.openConnections()).isEqualTo(1);
    }

    @Test
    void silenceStopsOneSymbolOnly() {
        client.reply(client.subscribe(BOOK, "BTC_USDT", "100ms"));
        client.reply(client.subscribe(BOOK, "ETH_USDT", "100ms"));
        sim.faults().silence(BTC);
        sim.tick(50);
        Await.until("ETH deltas", () -> client.all().stream().anyMatch(n -> n.path("result").path("s").asText().equals("ETH_USDT")));
        assertThat(client.all().stream().noneMatch(n -> n.path("result").path("s").asText().equals("BTC_USDT"))).isTrue();
    }

    @Test
    void gapDuplicateAndReorderAreVisibleInTheIds() {
        client.reply(client.subscribe(BOOK, "BTC_USDT", "100ms"));
        long u = nextDelta().path("u").asLong();
        sim.faults().gapNextBookUpdate(BTC);
        JsonNode gapped = nextDelta();
        assertThat(gapped.path("U").asLong()).isEqualTo(u + 2);

        sim.faults().duplicateNextBookUpdate(BTC);
        JsonNode first = nextDelta();
        JsonNode again = client.push(BOOK).path("result");
        assertThat(again).isEqualTo(first);

        sim.faults().reorderNextBookUpdates(BTC);
        sim.tick(1);
        sim.tick(1);
        JsonNode a = client.push(BOOK).path("result");
        JsonNode b = client.push(BOOK).path("result");
        assertThat(a.path("U").asLong()).isEqualTo(b.path("u").asLong() + 1);
    }

    @Test
    void malformedOversizedAndUnknownChannelFrames() {
        sim.faults().sendMalformedFrame();
        Await.until("malformed frame", () -> !client.raw.isEmpty());
        assertThat(GateioWsClient.parse(client.raw.get(0))).isNull();
        sim.faults().sendOversizedFrame(2_000_000);
        Await.until("oversized frame", () -> client.raw.size() >= 2);
        assertThat(client.raw.get(1)).hasSize(2_000_000);
        sim.faults().sendUnknownChannel();
        JsonNode unknown = client.next(n -> n.path("channel").asText().equals("spot.mystery_channel"));
        assertThat(unknown.path("event").asText()).isEqualTo("update");
    }

    @Test
    void authFailureAndRejectedSubscription() {
        sim.addAccount(KEY, SECRET, USER);
        long now = GateioTestSupport.nowSeconds();
        sim.faults().failAuthentication();
        JsonNode refused = client.reply(client.request("spot.orders", "subscribe", GateioWsClient.payload("!all"),
                GateioTestSupport.auth(KEY, SECRET, "spot.orders", "subscribe", now), now));
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(4);
        sim.faults().reset();
        JsonNode accepted = client.reply(client.request("spot.orders", "subscribe", GateioWsClient.payload("!all"),
                GateioTestSupport.auth(KEY, SECRET, "spot.orders", "subscribe", now), now));
        assertThat(accepted.get("error").isNull()).isTrue();

        sim.faults().rejectNextSubscription();
        assertThat(client.reply(client.subscribe("spot.trades", "BTC_USDT")).path("error").path("code").asInt()).isEqualTo(3);
        assertThat(client.reply(client.subscribe("spot.trades", "BTC_USDT")).get("error").isNull()).isTrue();
    }

    @Test
    void upgradeNoticeCarriesAllDocumentedForms() {
        sim.faults().upgradeNotice();
        JsonNode notice = client.next(n -> n.path("channel").asText().equals("spot.system"));
        assertThat(notice.path("event").asText()).isEqualTo("upgrade");
        assertThat(notice.path("result").path("type").asText()).isEqualTo("upgrade");
    }

    @Test
    void slowSendDelaysEveryFrame() {
        sim.faults().slowSend(Duration.ofMillis(150));
        long start = System.nanoTime();
        client.send("{\"time\":" + GateioTestSupport.nowSeconds() + ",\"channel\":\"spot.ping\"}");
        client.next(n -> n.path("channel").asText().equals("spot.pong"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(140));
    }

    @Test
    void streamPushesAtHighRateAndStops() {
        client.reply(client.subscribe(BOOK, "BTC_USDT", "100ms"));
        sim.stream(20_000);
        Await.until("2000 deltas", () -> client.raw.size() > 2000);
        sim.stream(0);
        long last = sim.book(BTC, 1).sequence();
        Await.until("last delta delivered", () -> client.all().stream().anyMatch(n -> n.path("result").path("u").asLong() == last));
    }
}
