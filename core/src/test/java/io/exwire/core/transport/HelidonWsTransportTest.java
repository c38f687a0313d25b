package io.exwire.core.transport;

import io.exwire.api.DispatchMode;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.FrameTooLargeException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.connection.ComponentThreads;
import io.exwire.core.connection.ConnectionHooks;
import io.exwire.core.connection.ConnectionSettings;
import io.exwire.core.connection.ManagedConnection;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.dispatch.FrameConsumer;
import io.exwire.core.marketdata.PublicVenue;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.testing.ExwireThreads;
import io.exwire.core.testing.FakePublicRest;
import io.exwire.core.testing.PublicRecorder;
import io.exwire.core.testing.RecordingFrameListener;
import io.exwire.core.testing.TcpProxy;
import io.exwire.core.testing.ToyPublicVenue;
import io.exwire.core.testing.ToyPublicWebsocket;
import io.exwire.core.testing.ToyVenueServer;
import io.exwire.core.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Facts about the Helidon 4.2.0 websocket client that core's design rests on, each proven against a real Helidon
 * {@code WebServer} on 127.0.0.1.
 */
@Timeout(60)
class HelidonWsTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<AutoCloseable> resources = new ArrayList<>();

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        ExwireThreads.awaitNoneAlive();
    }

    private static ExchangeConfig.Builder config() {
        return ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.SPOT);
    }

    private static HelidonWsTransport transport(ExchangeConfig config) {
        return new HelidonWsTransport(config, new EpochNanoClock(InstantSource.system()));
    }

    private static URI via(TcpProxy proxy) {
        return URI.create("ws://127.0.0.1:" + proxy.port() + "/ws");
    }

    @Test
    @DisplayName("a silently dropped TCP path gives no close callback and the connection still claims to be open")
    void droppedPathGivesNoCloseCallback() throws Exception {
        WsTestServer server = track(new WsTestServer());
        TcpProxy proxy = track(new TcpProxy(server.port()));
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(via(proxy), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        server.lastPeer().send("before");
        await().atMost(WAIT).until(() -> listener.texts().contains("before"));

        proxy.blackholeAll();
        server.lastPeer().send("lost in transit");

        await("no close callback on a dead path").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> listener.closes().isEmpty() && c.isOpen());
        assertThat(listener.texts()).containsExactly("before");
    }

    @Test
    @DisplayName("a stopped server sends no close frame and Helidon reports nothing; exwire reports the reader's end as a 1006 loss at once")
    void stoppedServerIsReportedByTheReaderWatch() {
        WsTestServer server = new WsTestServer();
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);

        server.close();

        await("the end of the connection is reported").atMost(WAIT).until(() -> listener.closes().size() == 1);
        RecordingFrameListener.Event closed = listener.closes().get(0);
        assertThat(closed.code()).as("no close frame: abnormal closure").isEqualTo(1006);
        assertThat(closed.text()).as("reported by exwire's reader watch, not by a Helidon callback")
                .isEqualTo("connection closed by the peer without a close frame");
        assertThat(closed.error()).isInstanceOf(io.exwire.api.exception.ConnectionLostException.class);
        assertThat(c.isOpen()).isFalse();
    }

    @Test
    @DisplayName("liveness declares a silently dropped connection dead within two heartbeat intervals, drops its socket and reconnects")
    void livenessDetectsDeadPathAndReconnects() throws Exception {
        WsTestServer server = track(new WsTestServer());
        server.onText((peer, text) -> {
            if (text.equals("ping")) {
                peer.send("pong");
            }
        });
        TcpProxy proxy = track(new TcpProxy(server.port()));
        Duration heartbeat = Duration.ofMillis(500);
        ExchangeConfig config = config().heartbeatInterval(heartbeat).build();
        Harness h = track(new Harness(config, via(proxy)));
        assertThat(h.settings.liveness()).as("default liveness").isEqualTo(heartbeat.multipliedBy(2));

        h.connection.start();
        await().atMost(WAIT).until(() -> h.opened.get() == 1 && server.peers().size() == 1);
        await("pings answered keep the connection alive").during(heartbeat.multipliedBy(3))
                .atMost(heartbeat.multipliedBy(5)).until(() -> h.opened.get() == 1 && h.lost.isEmpty());
        assertThat(server.peers().get(0).texts()).as("app-level pings sent on schedule").contains("ping");

        proxy.blackholeAll();
        long droppedAt = System.nanoTime();

        await("liveness timeout").atMost(heartbeat.multipliedBy(2).plusMillis(100).plusMillis(900))
                .until(() -> !h.lost.isEmpty());
        long detectedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - droppedAt);
        assertThat(h.lost.get(0).getMessage()).contains("liveness timeout");
        assertThat(detectedMillis).as("detection delay in ms").isLessThanOrEqualTo(heartbeat.multipliedBy(2).toMillis() + 900);

        await("reconnected through a new TCP connection").atMost(WAIT)
                .until(() -> h.opened.get() == 2 && server.peers().size() == 2);
        assertThat(h.connection.state()).isEqualTo(ConnectionState.CONNECTED);
        await("the dead connection's socket is closed by the client").atMost(WAIT)
                .until(() -> proxy.pairs().get(0).clientClosed());
        assertThat(h.states).containsSubsequence("CONNECTED->RECONNECTING", "RECONNECTING->CONNECTING",
                "CONNECTING->CONNECTED");
    }

    @Test
    @DisplayName("close() on a silently dead path still releases the TCP connection after a short grace period")
    void closeOnDeadPathReleasesTheSocket() throws Exception {
        WsTestServer server = track(new WsTestServer());
        TcpProxy proxy = track(new TcpProxy(server.port()));
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(via(proxy), Map.of(), listener);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        proxy.blackholeAll();

        c.close(1000, "client closed");

        assertThat(listener.closes()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(1000));
        assertThat(c.isOpen()).isFalse();
        await("the client released its socket although the peer never answered the close frame").atMost(WAIT)
                .until(() -> proxy.pairs().get(0).clientClosed());
    }

    @Test
    @DisplayName("concurrent sends from many threads arrive intact: none lost, none corrupted, no 1002 close")
    void concurrentSendsArriveIntact() throws Exception {
        WsTestServer server = track(new WsTestServer());
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                go.await();
                int ok = 0;
                for (int i = 0; i < perThread; i++) {
                    ok += c.send(message(thread, i)) ? 1 : 0;
                }
                return ok;
            }));
        }
        go.countDown();
        int sent = 0;
        for (Future<Integer> f : results) {
            sent += f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(sent).isEqualTo(threads * perThread);

        WsTestServer.Peer peer = server.lastPeer();
        await("every message received").atMost(Duration.ofSeconds(30)).until(() -> peer.texts().size() >= threads * perThread);
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                expected.add(message(t, i));
            }
        }
        assertThat(peer.texts()).hasSize(threads * perThread);
        assertThat(new HashSet<>(peer.texts())).isEqualTo(expected);
        assertThat(peer.isClosed()).as("server closed the connection (e.g. 1002 protocol error)").isFalse();
        assertThat(peer.closeCode()).isNotEqualTo(1002);
        assertThat(listener.closes()).isEmpty();
    }

    private static String message(int thread, int i) {
        int padding = i % 50 == 49 ? 70_000 : i % 5 == 0 ? 300 : 10;
        return "m-" + thread + "-" + i + "-" + "x".repeat(padding);
    }

    @Test
    @DisplayName("protocol pings from the server are answered with pongs carrying the same payload, and count as inbound traffic")
    void pingsAreAnsweredWithPongs() {
        WsTestServer server = track(new WsTestServer());
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        long before = c.lastInboundNanos();

        server.lastPeer().ping("p-1".getBytes(StandardCharsets.UTF_8));
        server.lastPeer().ping("p-2".getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> server.lastPeer().pongs().size() == 2);
        assertThat(server.lastPeer().pongs()).extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("p-1", "p-2");
        assertThat(c.lastInboundNanos()).as("a ping is inbound traffic for liveness").isGreaterThan(before);
        assertThat(listener.events()).as("pings are not data").isEmpty();
    }

    @Test
    @DisplayName("initialize() returns at once while the server holds the upgrade; the venue's answer completes it later")
    void initializeNeverBlocksOnTheUpgrade() throws Exception {
        ToyVenueServer venue = track(new ToyVenueServer());
        FakePublicRest rest = new FakePublicRest(venue);
        PublicRecorder rec = new PublicRecorder();
        ToyPublicWebsocket ws = track(new ToyPublicWebsocket(config().websocketUri(venue.uri()).build(), rec.handlers(),
                new ToyPublicVenue(ToyPublicVenue.limits(100), PublicVenue.BookSyncMode.REST_SNAPSHOT, rest)));
        venue.ws().holdUpgrades();
        Symbol btc = Symbol.of("BTC", "USDT");

        CompletableFuture<SubscriptionResult> result = ws.initialize(List.of(btc), Set.of(PublicChannel.TRADES));

        await("the upgrade request reached the server and is held").atMost(WAIT).until(venue.ws()::upgradeWaiting);
        assertThat(result).as("initialize returned before the websocket could open").isNotDone();
        assertThat(ws.isConnected()).isFalse();
        venue.ws().releaseUpgrades();
        assertThat(result.get(10, TimeUnit.SECONDS).accepted()).containsExactly(btc);
    }

    @Test
    @DisplayName("text, binary and fragmented messages flow, and every callback of one connection runs on one reader thread")
    void callbacksRunOnOneThreadAndBothFrameKindsFlow() {
        WsTestServer server = track(new WsTestServer());
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        WsTestServer.Peer peer = server.lastPeer();

        peer.send("text-1");
        peer.sendBinary(new byte[]{1, 2, 3, (byte) 0xff});
        peer.sendFragment("frag-", false);
        peer.sendFragment("ment", true);
        peer.send("text-2");
        peer.close(1000, "bye");

        await().atMost(WAIT).until(() -> listener.closes().size() == 1);
        assertThat(listener.events()).extracting(RecordingFrameListener.Event::kind)
                .containsExactly("text", "binary", "text", "text", "closed");
        assertThat(listener.texts()).containsExactly("text-1", "frag-ment", "text-2");
        assertThat(listener.events().get(1).text().getBytes(StandardCharsets.ISO_8859_1))
                .containsExactly(1, 2, 3, (byte) 0xff);
        assertThat(listener.closes().get(0).code()).isEqualTo(1000);
        Set<Thread> threads = new HashSet<>();
        listener.events().forEach(e -> threads.add(e.thread()));
        assertThat(threads).hasSize(1).doesNotContain(Thread.currentThread());
    }

    @Test
    @DisplayName("a message larger than maxFrameBytes (whole, binary or fragmented) ends the connection with FrameTooLargeException")
    void oversizedMessagesEndTheConnection() throws Exception {
        ExchangeConfig config = config().maxFrameBytes(1024).build();
        WsTestServer server = track(new WsTestServer());
        TcpProxy proxy = track(new TcpProxy(server.port()));
        List<Runnable> senders = List.of(
                () -> server.lastPeer().send("x".repeat(4096)),
                () -> server.lastPeer().sendBinary(new byte[4096]),
                () -> {
                    server.lastPeer().sendFragment("y".repeat(600), false);
                    server.lastPeer().sendFragment("y".repeat(600), true);
                });
        for (int i = 0; i < senders.size(); i++) {
            RecordingFrameListener listener = new RecordingFrameListener();
            WsConnection c = transport(config).connect(via(proxy), Map.of(), listener);
            track(c::abort);
            int peers = i + 1;
            await().atMost(WAIT).until(() -> server.peers().size() == peers);
            server.lastPeer().send("z".repeat(1024));
            senders.get(i).run();

            await().atMost(WAIT).until(() -> listener.closes().size() == 1);
            RecordingFrameListener.Event closed = listener.closes().get(0);
            assertThat(closed.code()).isEqualTo(1009);
            assertThat(closed.error()).isInstanceOf(FrameTooLargeException.class);
            assertThat(listener.texts()).as("a message of exactly maxFrameBytes is accepted").containsExactly("z".repeat(1024));
            assertThat(c.isOpen()).isFalse();
            int pair = i;
            await("the client dropped the TCP connection").atMost(WAIT).until(() -> proxy.pairs().get(pair).clientClosed());
        }
    }

    @Test
    @DisplayName("an oversized message reaches the error handler as FrameTooLargeException and the component reconnects and resubscribes")
    void oversizedMessageReconnectsTheComponent() throws Exception {
        ToyVenueServer venue = track(new ToyVenueServer());
        FakePublicRest rest = new FakePublicRest(venue);
        PublicRecorder rec = new PublicRecorder();
        ToyPublicWebsocket ws = track(new ToyPublicWebsocket(config().websocketUri(venue.uri()).maxFrameBytes(2048).build(),
                rec.handlers(), new ToyPublicVenue(ToyPublicVenue.limits(100), PublicVenue.BookSyncMode.REST_SNAPSHOT, rest)));
        Symbol btc = Symbol.of("BTC", "USDT");
        ws.initialize(List.of(btc), Set.of(PublicChannel.TRADES)).get(10, TimeUnit.SECONDS);

        venue.ws().lastPeer().send("{\"pong\":1,\"padding\":\"" + "p".repeat(100_000) + "\"}");

        await().atMost(WAIT).until(() -> !rec.errors(FrameTooLargeException.class).isEmpty());
        await("reconnected and resubscribed").atMost(WAIT).until(() -> venue.ws().peers().size() == 2
                && venue.subscribed(venue.ws().lastPeer(), "trade", "BTC_USDT"));
        await().atMost(WAIT).until(() -> ws.connectionState() == ConnectionState.SUBSCRIBED);
        long id = venue.publishTrade(btc, "100.5", "0.25");
        await().atMost(WAIT).until(() -> rec.trades().stream().anyMatch(t -> t.tradeId() == id));
        assertThat(ws.performanceMetrics().snapshot().reconnects()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unsolicited pong from the server counts as inbound traffic and is not data")
    void unsolicitedPongIsInboundTraffic() {
        WsTestServer server = track(new WsTestServer());
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        track(c::abort);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        long before = c.lastInboundNanos();

        server.lastPeer().pong("keepalive".getBytes(StandardCharsets.UTF_8));

        await("the pong moved the liveness clock").atMost(WAIT).until(() -> c.lastInboundNanos() > before);
        assertThat(listener.events()).isEmpty();
        assertThat(c.isOpen()).isTrue();
    }

    @Test
    @DisplayName("after close() send returns false and nothing more reaches the server")
    void sendAfterCloseIsRefused() {
        WsTestServer server = track(new WsTestServer());
        RecordingFrameListener listener = new RecordingFrameListener();
        WsConnection c = transport(config().build()).connect(server.uri(), Map.of(), listener);
        await().atMost(WAIT).until(() -> server.peers().size() == 1);
        assertThat(c.send("before")).isTrue();
        await().atMost(WAIT).until(() -> server.lastPeer().texts().contains("before"));

        c.close(1000, "done");

        assertThat(c.send("after")).isFalse();
        await().atMost(WAIT).until(() -> server.lastPeer().isClosed());
        assertThat(server.lastPeer().closeCode()).isEqualTo(1000);
        assertThat(server.lastPeer().texts()).containsExactly("before");
        assertThat(listener.closes()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(1000));
    }

    @Test
    @DisplayName("a refused TCP connection fails with a transient ConnectionLostException naming the URI without its query")
    void refusedConnectionNamesTheRedactedUri() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws?listenKey=s3cr3t");
        RecordingFrameListener listener = new RecordingFrameListener();

        assertThatThrownBy(() -> transport(config().connectTimeout(Duration.ofSeconds(2)).build()).connect(uri, Map.of(), listener))
                .isInstanceOfSatisfying(ConnectionLostException.class, e -> assertThat(e.isTransient()).isTrue())
                .hasMessageStartingWith("could not open websocket to ws://127.0.0.1:" + port + "/ws?<redacted>: ")
                .hasMessageNotContaining("s3cr3t")
                .hasCauseInstanceOf(RuntimeException.class);
        assertThat(listener.events()).as("a connection that never opened does not report an end").isEmpty();
    }

    @Test
    @DisplayName("redact keeps scheme, authority and path and hides any query (it may hold a listen key)")
    void redactHidesTheQuery() {
        assertThat(HelidonWsTransport.redact(URI.create("wss://wbs-api.mexc.com/ws?listenKey=abc")))
                .isEqualTo("wss://wbs-api.mexc.com/ws?<redacted>");
        assertThat(HelidonWsTransport.redact(URI.create("wss://fx-ws.gateio.ws:443/v4/ws/usdt")))
                .isEqualTo("wss://fx-ws.gateio.ws:443/v4/ws/usdt");
    }

    /** A managed connection wired to recording hooks. */
    private static final class Harness implements AutoCloseable {
        final AtomicInteger opened = new AtomicInteger();
        final List<ExwireException> lost = new CopyOnWriteArrayList<>();
        final List<String> states = new CopyOnWriteArrayList<>();
        final List<String> frames = new CopyOnWriteArrayList<>();
        final ScheduledExecutorService scheduler = ComponentThreads.scheduler("exwire-housekeeping-test");
        final DispatchLane lane;
        final ConnectionSettings settings;
        final ManagedConnection connection;

        Harness(ExchangeConfig config, URI target) {
            lane = DispatchLane.create(DispatchMode.QUEUED, 1024, "exwire-dispatch-test", new FrameConsumer() {
                @Override
                public void text(int connectionId, String text, long receiveNanos) {
                    frames.add(text);
                }

                @Override
                public void binary(int connectionId, ByteBuffer data, long receiveNanos) {
                    frames.add("binary");
                }

                @Override
                public void failed(RuntimeException error) {
                    frames.add("failed " + error);
                }
            });
            EpochNanoClock clock = new EpochNanoClock(InstantSource.system());
            Duration[] t = ConnectionSettings.timings(config, ToyPublicVenue.limits(100));
            settings = new ConnectionSettings(config, new HelidonWsTransport(config, clock), scheduler, lane,
                    new MetricsRecorder(), (c, from, to, reason) -> states.add(from + "->" + to), clock, t[0], t[1], t[2],
                    () -> 0L);
            connection = new ManagedConnection(1, settings, new ConnectionHooks() {
                @Override
                public URI target() {
                    return target;
                }

                @Override
                public void opened(ManagedConnection c, boolean reconnect) {
                    opened.incrementAndGet();
                }

                @Override
                public void lost(ManagedConnection c, ExwireException cause) {
                    lost.add(cause);
                }

                @Override
                public void gaveUp(ManagedConnection c, ExwireException cause) {
                    lost.add(cause);
                }

                @Override
                public void overflow(ManagedConnection c) {
                }

                @Override
                public void lifetimeReached(ManagedConnection c) {
                }

                @Override
                public String ping(long epochMillis) {
                    return "ping";
                }
            });
        }

        @Override
        public void close() {
            connection.close();
            ComponentThreads.stop(scheduler);
            lane.close();
        }
    }
}
