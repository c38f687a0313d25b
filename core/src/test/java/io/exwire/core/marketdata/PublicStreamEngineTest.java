package io.exwire.core.marketdata;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.DispatchMode;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.HandlerException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.testing.ExwireThreads;
import io.exwire.core.testing.FakePublicRest;
import io.exwire.core.testing.PublicRecorder;
import io.exwire.core.testing.ToyPublicVenue;
import io.exwire.core.testing.ToyPublicWebsocket;
import io.exwire.core.testing.ToyVenueServer;
import io.exwire.core.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The public stream engine end to end: a toy venue adapter ({@link ToyPublicVenue}) against a real Helidon
 * websocket server playing the venue ({@link ToyVenueServer}) and a fake REST client serving its book snapshots.
 */
@Timeout(60)
class PublicStreamEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final Symbol ETH = Symbol.of("ETH", "USDT");
    private static final Symbol SOL = Symbol.of("SOL", "USDT");
    private static final Symbol BAD = Symbol.of("BAD", "USDT");
    private static final Set<PublicChannel> BOOK = Set.of(PublicChannel.ORDER_BOOK);
    private static final Set<PublicChannel> TRADES = Set.of(PublicChannel.TRADES);
    private static final Set<PublicChannel> BOTH = Set.of(PublicChannel.ORDER_BOOK, PublicChannel.TRADES);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Random random = new Random(20_240_101);
    private ToyVenueServer venue;
    private FakePublicRest rest;
    private PublicRecorder rec;

    @BeforeEach
    void start() {
        venue = new ToyVenueServer();
        resources.add(venue);
        rest = new FakePublicRest(venue);
        rec = new PublicRecorder();
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        ExwireThreads.awaitNoneAlive();
        assertThat(venue.ws().handlerFailures()).as("the venue simulator itself failed").isEmpty();
    }

    private ToyPublicWebsocket open(int maxSubscriptionsPerConnection, PublicVenue.BookSyncMode mode,
                                    UnaryOperator<ExchangeConfig.Builder> tweak) {
        ExchangeConfig config = tweak.apply(ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.SPOT)
                .websocketUri(venue.uri()).requestTimeout(Duration.ofSeconds(3)).bookDepth(25)).build();
        ToyPublicWebsocket ws = new ToyPublicWebsocket(config, rec.handlers(),
                new ToyPublicVenue(ToyPublicVenue.limits(maxSubscriptionsPerConnection), mode, rest));
        resources.add(ws);
        return ws;
    }

    private ToyPublicWebsocket open() {
        return open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT, b -> b);
    }

    private static SubscriptionResult result(java.util.concurrent.CompletableFuture<SubscriptionResult> f) throws Exception {
        return f.get(15, TimeUnit.SECONDS);
    }

    /** Publishes a delta so the book syncs from a REST snapshot, and waits until it is live. */
    private void makeLive(Symbol... symbols) {
        for (Symbol s : symbols) {
            int before = rec.resyncs(s).size();
            venue.publishDelta(s, random);
            await("book of " + s + " live").atMost(WAIT).until(() -> rec.resyncs(s).size() > before);
        }
    }

    private void awaitBookMatchesVenue(Symbol s) {
        await("local book of " + s + " equals the venue's").atMost(WAIT).untilAsserted(() -> {
            OrderBookSnapshot local = rec.book(s);
            OrderBookSnapshot expected = venue.book(s).snapshot(25);
            assertThat(local).isNotNull();
            assertThat(local.sequence()).isEqualTo(expected.sequence());
            assertThat(local.bids()).isEqualTo(expected.bids());
            assertThat(local.asks()).isEqualTo(expected.asks());
        });
    }

    /** Every connection's transitions chain: each starts where the previous one ended, from DISCONNECTED. */
    private static void assertChained(List<ConnectionStateChange> changes) {
        Map<Integer, ConnectionState> at = new HashMap<>();
        for (ConnectionStateChange c : changes) {
            ConnectionState expectedFrom = at.getOrDefault(c.connectionId(), ConnectionState.DISCONNECTED);
            assertThat(c.from()).as("transition %s of connection %d", c, c.connectionId()).isEqualTo(expectedFrom);
            at.put(c.connectionId(), c.to());
        }
    }

    private List<String> transitions(int connectionId) {
        return rec.states().stream().filter(c -> c.connectionId() == connectionId).map(c -> c.from() + "->" + c.to()).toList();
    }

    @Test
    @DisplayName("initialize rejects null or empty symbols and channels with IllegalArgumentException before any I/O")
    void initializeValidatesBeforeIo() throws Exception {
        ToyPublicWebsocket ws = open();
        List<Symbol> withNull = Arrays.asList(BTC, null);
        assertThatThrownBy(() -> ws.initialize(null, TRADES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.initialize(List.of(), TRADES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbols");
        assertThatThrownBy(() -> ws.initialize(withNull, TRADES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.initialize(List.of(BTC), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.initialize(List.of(BTC), Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channels");
        assertThatThrownBy(() -> ws.initialize(List.of(BTC), Set.of(PublicChannel.TICKER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TICKER");
        assertThatThrownBy(() -> ws.subscribe(List.of(BTC))).isInstanceOf(IllegalStateException.class);

        assertThat(venue.ws().upgradeAttempts()).as("no connection attempted").isZero();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(ws.isConnected()).isFalse();
        assertThat(rec.states()).isEmpty();

        assertThat(result(ws.initialize(List.of(BTC), TRADES)).accepted()).containsExactly(BTC);
        assertThatThrownBy(() -> ws.initialize(List.of(ETH), TRADES)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ws.subscribe(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.unsubscribe(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("subscriptions are acknowledged by request id (answers in any order) into a SubscriptionResult and activeSymbols")
    void subscribeAckByRequestId() throws Exception {
        ToyPublicWebsocket ws = open();
        venue.answerInReverse(2);

        SubscriptionResult result = result(ws.initialize(List.of(BTC, ETH), BOTH));

        assertThat(result.accepted()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(result.allAccepted()).isTrue();
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(venue.requests()).extracting(r -> r.op() + " " + r.channel() + " " + r.symbols())
                .containsExactlyInAnyOrder("sub book [BTC_USDT, ETH_USDT]", "sub trade [BTC_USDT, ETH_USDT]");
        List<String> answers = venue.log().stream().filter(l -> l.contains("answered")).toList();
        int first = venue.requests().get(0).id();
        int second = venue.requests().get(1).id();
        assertThat(answers).as("answered in reverse order").containsExactly(
                "peer#1 answered " + second + " ack", "peer#1 answered " + first + " ack");
        await().atMost(WAIT).until(() -> ws.connectionState() == ConnectionState.SUBSCRIBED);
        assertThat(ws.isConnected()).isTrue();

        SubscriptionResult more = result(ws.subscribe(List.of(SOL, BTC)));
        assertThat(more.accepted()).containsExactlyInAnyOrder(SOL, BTC);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrder(BTC, ETH, SOL);
        assertThat(venue.requests("sub", "BTC_USDT")).as("an active symbol is not subscribed twice").hasSize(2);
    }

    @Test
    @DisplayName("a symbol the venue blames is rejected alone; the others of the same request stay live")
    void blamedSymbolRejectedAlone() throws Exception {
        ToyPublicWebsocket ws = open();
        venue.refuseBlaming("BAD_USDT");

        SubscriptionResult result = result(ws.initialize(List.of(BTC, BAD, ETH), TRADES));

        assertThat(result.accepted()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(result.rejected()).containsOnlyKeys(BAD);
        assertThat(result.rejected().get(BAD)).isInstanceOf(UnknownSymbolException.class);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(rec.errors(UnknownSymbolException.class)).hasSize(1);
        assertThat(venue.requests()).extracting(r -> r.symbols().toString())
                .containsExactly("[BTC_USDT, BAD_USDT, ETH_USDT]", "[BTC_USDT, ETH_USDT]");
        long id = venue.publishTrade(ETH, "2500.5", "1.5");
        await().atMost(WAIT).until(() -> rec.trades().stream().anyMatch(t -> t.tradeId() == id));
    }

    @Test
    @DisplayName("a whole-request refusal is retried one symbol at a time to find the culprit; only it fails")
    void wholesaleRefusalFindsTheCulprit() throws Exception {
        ToyPublicWebsocket ws = open();
        venue.refuseWholesale("BAD_USDT");

        SubscriptionResult result = result(ws.initialize(List.of(BTC, BAD, ETH), TRADES));

        assertThat(result.accepted()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(result.rejected()).containsOnlyKeys(BAD);
        assertThat(result.rejected().get(BAD)).isExactlyInstanceOf(SubscriptionRejectedException.class);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrder(BTC, ETH);
        assertThat(venue.requests()).extracting(r -> r.symbols().toString())
                .containsExactlyInAnyOrder("[BTC_USDT, BAD_USDT, ETH_USDT]", "[BTC_USDT]", "[BAD_USDT]", "[ETH_USDT]");
    }

    @Test
    @DisplayName("an unanswered subscription fails with RequestTimeoutException after requestTimeout; others are retried and live")
    void ackTimeout() throws Exception {
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT,
                b -> b.requestTimeout(Duration.ofMillis(600)));
        venue.neverAnswer("BAD_USDT");

        SubscriptionResult result = result(ws.initialize(List.of(BTC, BAD), TRADES));

        assertThat(result.accepted()).containsExactly(BTC);
        assertThat(result.rejected()).containsOnlyKeys(BAD);
        assertThat(result.rejected().get(BAD)).isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("BAD/USDT");
        assertThat(rec.errors(RequestTimeoutException.class)).isNotEmpty();
        assertThat(ws.activeSymbols()).containsExactly(BTC);
        assertThat(venue.requests("sub", "BTC_USDT")).hasSize(2);
    }

    @Test
    @DisplayName("sharding: with 2 subscriptions per connection and 2 channels, 3 symbols use 3 connections")
    void sharding() throws Exception {
        ToyPublicWebsocket ws = open(2, PublicVenue.BookSyncMode.REST_SNAPSHOT, b -> b);

        SubscriptionResult result = result(ws.initialize(List.of(BTC, ETH, SOL), BOTH));

        assertThat(result.accepted()).containsExactlyInAnyOrder(BTC, ETH, SOL);
        assertThat(venue.ws().peers()).hasSize(3);
        for (WsTestServer.Peer p : venue.ws().peers()) {
            List<ToyVenueServer.Request> subs = venue.requests().stream().filter(r -> r.peer() == p).toList();
            assertThat(subs).as("requests on %s", p).hasSize(2).allSatisfy(r -> assertThat(r.symbols()).hasSize(1));
        }
        await().atMost(WAIT).until(() -> ws.performanceMetrics().snapshot().connections() == 3);
        await().atMost(WAIT).until(() -> ws.connectionState() == ConnectionState.SUBSCRIBED);
        makeLive(BTC, ETH, SOL);
        venue.publishDelta(SOL, random);
        awaitBookMatchesVenue(SOL);
    }

    @Test
    @DisplayName("unsubscribe is acknowledged and removes the symbol; unknown symbols are accepted at once")
    void unsubscribe() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC, ETH), BOTH));

        SubscriptionResult result = result(ws.unsubscribe(List.of(ETH, SOL)));

        assertThat(result.accepted()).containsExactlyInAnyOrder(ETH, SOL);
        assertThat(ws.activeSymbols()).containsExactly(BTC);
        assertThat(venue.requests("unsub", "ETH_USDT")).extracting(ToyVenueServer.Request::channel)
                .containsExactlyInAnyOrder("book", "trade");
        assertThat(venue.requests("unsub", "SOL_USDT")).isEmpty();
        assertThat(venue.subscribed(venue.ws().lastPeer(), "trade", "ETH_USDT")).isFalse();
        assertThat(venue.ws().peers()).hasSize(1);
        long id = venue.publishTrade(BTC, "1", "1");
        await().atMost(WAIT).until(() -> rec.trades().stream().anyMatch(t -> t.tradeId() == id));
    }

    @Test
    @DisplayName("after a server-side drop: every transition in order, reconnect, resubscribe all, BookGap(reconnect), resync, StreamGap")
    void reconnectAfterServerDrop() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC, ETH), BOTH));
        makeLive(BTC, ETH);
        await().atMost(WAIT).until(() -> ws.connectionState() == ConnectionState.SUBSCRIBED);
        assertThat(transitions(1)).containsExactly("DISCONNECTED->CONNECTING", "CONNECTING->CONNECTED",
                "CONNECTED->SUBSCRIBED");
        long droppedAt = System.currentTimeMillis();

        venue.ws().lastPeer().close(1001, "going away");

        await("reconnected and resubscribed").atMost(WAIT).until(() -> venue.ws().peers().size() == 2
                && venue.subscribed(venue.ws().lastPeer(), "book", "BTC_USDT")
                && venue.subscribed(venue.ws().lastPeer(), "book", "ETH_USDT")
                && venue.subscribed(venue.ws().lastPeer(), "trade", "BTC_USDT")
                && venue.subscribed(venue.ws().lastPeer(), "trade", "ETH_USDT"));
        await().atMost(WAIT).until(() -> rec.streamGaps().size() == 1);
        StreamGap gap = rec.streamGaps().get(0);
        assertThat(gap.reason()).isEqualTo("reconnect");
        assertThat(gap.connectionId()).isEqualTo(1);
        assertThat(gap.fromEpochMillis()).isBetween(droppedAt - 1000, gap.toEpochMillis());
        assertThat(rec.gaps()).extracting(BookGap::symbol, BookGap::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(BTC, "reconnect"),
                        org.assertj.core.groups.Tuple.tuple(ETH, "reconnect"));
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrder(BTC, ETH);
        makeLive(BTC, ETH);
        for (int i = 0; i < 20; i++) {
            venue.publishDelta(BTC, random);
        }
        awaitBookMatchesVenue(BTC);
        assertThat(rec.resyncs(BTC)).hasSize(2);
        assertThat(transitions(1)).containsExactly("DISCONNECTED->CONNECTING", "CONNECTING->CONNECTED",
                "CONNECTED->SUBSCRIBED", "SUBSCRIBED->RECONNECTING", "RECONNECTING->CONNECTING",
                "CONNECTING->CONNECTED", "CONNECTED->SUBSCRIBED");
        assertThat(rec.states().stream().filter(c -> c.to() == ConnectionState.RECONNECTING).findFirst().orElseThrow()
                .reason()).contains("1001");
        assertChained(rec.states());
        assertThat(ws.performanceMetrics().snapshot().reconnects()).isEqualTo(1);
    }

    @Test
    @DisplayName("book sync from a REST snapshot: after N deltas the local book equals the venue's, on one dispatcher thread")
    void bookSyncWithRestSnapshot() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC), BOOK));

        for (int i = 0; i < 300; i++) {
            venue.publishDelta(BTC, random);
        }

        awaitBookMatchesVenue(BTC);
        assertThat(rec.resyncs(BTC)).hasSize(1);
        assertThat(rec.gaps()).isEmpty();
        assertThat(rest.snapshots(BTC)).isEqualTo(1);
        assertThat(rec.handlerThreads()).extracting(Thread::getName).containsOnly("exwire-dispatch-toy-spot-public");
        assertThat(ws.performanceMetrics().snapshot().channels().get("ORDER_BOOK").messages()).isEqualTo(rec.bookUpdates(BTC));
    }

    @Test
    @DisplayName("INLINE dispatch: handlers run on the reader thread and the book still equals the venue's")
    void bookSyncInline() throws Exception {
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT, b -> b.dispatchMode(DispatchMode.INLINE));
        result(ws.initialize(List.of(BTC), BOTH));
        for (int i = 0; i < 100; i++) {
            venue.publishDelta(BTC, random);
        }
        awaitBookMatchesVenue(BTC);
        assertThat(rec.handlerThreads()).extracting(Thread::getName).noneMatch(n -> n.startsWith("exwire-dispatch"));
    }

    @Test
    @DisplayName("an injected gap gives BookGap(expected, received) and resyncs that symbol only; the other stays live")
    void gapResyncsOnlyThatSymbol() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC, ETH), BOOK));
        makeLive(BTC, ETH);
        int ethUpdates = rec.bookUpdates(ETH);
        long btcAt = venue.book(BTC).sequence();

        venue.skipDelta(BTC, random);
        venue.publishDelta(BTC, random);

        await().atMost(WAIT).until(() -> !rec.gaps(BTC).isEmpty());
        assertThat(rec.gaps(BTC).get(0)).isEqualTo(new BookGap(BTC, btcAt + 1, btcAt + 2, "sequence gap"));
        venue.publishDelta(ETH, random);
        venue.publishDelta(BTC, random);
        await().atMost(WAIT).until(() -> rec.resyncs(BTC).size() == 2);
        for (int i = 0; i < 10; i++) {
            venue.publishDelta(BTC, random);
            venue.publishDelta(ETH, random);
        }
        awaitBookMatchesVenue(BTC);
        awaitBookMatchesVenue(ETH);
        assertThat(rec.gaps(ETH)).isEmpty();
        assertThat(rec.resyncs(ETH)).hasSize(1);
        assertThat(rest.snapshots(ETH)).isEqualTo(1);
        assertThat(rec.bookUpdates(ETH)).isGreaterThan(ethUpdates);
        assertThat(rec.streamGaps()).isEmpty();
        assertThat(ws.performanceMetrics().snapshot().gaps()).isEqualTo(1);
    }

    @Test
    @DisplayName("stream-snapshot venues: the first subscription is sent once; a gap resubscribes and the next stream snapshot resyncs")
    void streamSnapshotMode() throws Exception {
        venue.streamSnapshots();
        venue.skipDelta(BTC, random);
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.STREAM_SNAPSHOT, b -> b);

        result(ws.initialize(List.of(BTC), BOOK));

        await().atMost(WAIT).until(() -> rec.resyncs(BTC).size() == 1);
        assertThat(venue.requests()).extracting(r -> r.op() + " " + r.channel() + " " + r.symbols())
                .as("exactly one subscription, no unsubscribe").containsExactly("sub book [BTC_USDT]");
        venue.publishDelta(BTC, random);
        awaitBookMatchesVenue(BTC);
        assertThat(rest.snapshots(BTC)).isZero();

        venue.skipDelta(BTC, random);
        venue.publishDelta(BTC, random);
        await().atMost(WAIT).until(() -> rec.resyncs(BTC).size() == 2);
        assertThat(rec.gaps(BTC)).extracting(BookGap::reason).containsExactly("sequence gap");
        assertThat(venue.requests()).extracting(r -> r.op() + " " + r.channel())
                .containsExactly("sub book", "unsub book", "sub book");
        venue.publishDelta(BTC, random);
        awaitBookMatchesVenue(BTC);
    }

    @Test
    @DisplayName("a silent subscription is resubscribed after the stale threshold, and the connection recycled if it stays silent")
    void staleSubscription() throws Exception {
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT,
                b -> b.staleThreshold(PublicChannel.ORDER_BOOK, Duration.ofMillis(800)));
        result(ws.initialize(List.of(BTC, ETH), BOOK));
        ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
        resources.add(feeder::shutdownNow);
        feeder.scheduleAtFixedRate(() -> venue.publishDelta(BTC, random), 0, 50, TimeUnit.MILLISECONDS);

        await("ETH resubscribed on the same connection").atMost(WAIT)
                .until(() -> venue.requests("unsub", "ETH_USDT").size() == 1 && venue.requests("sub", "ETH_USDT").size() == 2);
        assertThat(venue.requests("unsub", "ETH_USDT").get(0).peer().id()).isEqualTo(1);
        assertThat(venue.ws().peers()).as("resubscribed, not yet recycled").hasSize(1);
        assertThat(rec.gaps(ETH)).first().satisfies(g -> assertThat(g.reason()).startsWith("stale"));

        await("connection recycled while ETH stays silent").atMost(WAIT).until(() -> venue.ws().peers().size() == 2);
        assertThat(rec.states()).anySatisfy(c -> {
            assertThat(c.to()).isEqualTo(ConnectionState.RECONNECTING);
            assertThat(c.reason()).contains("stale subscription ETH/USDT");
        });
        await("everything resubscribed on the new connection").atMost(WAIT)
                .until(() -> venue.subscribed(venue.ws().lastPeer(), "book", "BTC_USDT")
                        && venue.subscribed(venue.ws().lastPeer(), "book", "ETH_USDT"));
        assertThat(venue.requests("unsub", "BTC_USDT")).as("the live symbol was never resubscribed as stale").isEmpty();
        assertThat(rec.gaps(BTC)).extracting(BookGap::reason).containsOnly("reconnect");
    }

    @Test
    @DisplayName("a venue upgrade notice opens and subscribes a second connection before the first is closed, without a gap")
    void replaceConnection() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC), BOTH));
        makeLive(BTC);
        WsTestServer.Peer first = venue.ws().lastPeer();

        first.send("{\"notice\":\"upgrade\"}");

        await("first connection closed by the client").atMost(WAIT).until(first::isClosed);
        assertThat(venue.ws().peers()).hasSize(2);
        WsTestServer.Peer second = venue.ws().peers().get(1);
        List<String> log = venue.log();
        int closedAt = log.indexOf(first + " closed");
        List<Integer> secondAcks = new ArrayList<>();
        for (ToyVenueServer.Request r : venue.requests()) {
            if (r.peer() == second) {
                secondAcks.add(log.indexOf(second + " answered " + r.id() + " ack"));
            }
        }
        assertThat(secondAcks).hasSize(2).allSatisfy(i -> assertThat(i).isBetween(0, closedAt));
        assertThat(log.indexOf(second + " open")).isLessThan(closedAt);
        assertThat(first.closeCode()).isEqualTo(1000);

        assertThat(rec.gaps()).isEmpty();
        assertThat(rec.streamGaps()).isEmpty();
        assertThat(ws.activeSymbols()).containsExactly(BTC);
        await().atMost(WAIT).until(() -> ws.connectionState() == ConnectionState.SUBSCRIBED
                && ws.performanceMetrics().snapshot().connections() == 1);
        assertThat(rec.states()).anySatisfy(c -> {
            assertThat(c.connectionId()).isEqualTo(1);
            assertThat(c.to()).isEqualTo(ConnectionState.CLOSED);
        });
        venue.publishDelta(BTC, random);
        long id = venue.publishTrade(BTC, "100", "1");
        await().atMost(WAIT).until(() -> rec.trades().stream().anyMatch(t -> t.tradeId() == id));
        awaitBookMatchesVenue(BTC);
        assertChained(rec.states());
    }

    @Test
    @DisplayName("a failing REST snapshot is reported and retried until the book is live")
    void snapshotFailureRetried() throws Exception {
        ToyPublicWebsocket ws = open();
        rest.failing(true);
        result(ws.initialize(List.of(BTC), BOOK));

        venue.publishDelta(BTC, random);

        await().atMost(WAIT).until(() -> !rec.errors(io.exwire.api.exception.ConnectionLostException.class).isEmpty());
        assertThat(rec.resyncs(BTC)).isEmpty();
        rest.failing(false);
        await("retried and live").atMost(WAIT).until(() -> rec.resyncs(BTC).size() == 1);
        venue.publishDelta(BTC, random);
        awaitBookMatchesVenue(BTC);
        assertThat(venue.ws().peers()).hasSize(1);
    }

    @Test
    @DisplayName("at the maximum connection lifetime a new connection is subscribed before the old one is closed")
    void lifetimeRecycle() throws Exception {
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT,
                b -> b.maxConnectionLifetime(Duration.ofSeconds(1)));
        result(ws.initialize(List.of(BTC), TRADES));
        WsTestServer.Peer first = venue.ws().lastPeer();

        await("the first connection was replaced").atMost(WAIT).until(first::isClosed);

        WsTestServer.Peer second = venue.ws().peers().get(1);
        List<String> log = venue.log();
        ToyVenueServer.Request resubscribe = venue.requests().stream().filter(r -> r.peer() == second).findFirst().orElseThrow();
        assertThat(log.indexOf(second + " answered " + resubscribe.id() + " ack")).isBetween(0, log.indexOf(first + " closed"));
        assertThat(rec.states()).anySatisfy(c -> {
            assertThat(c.connectionId()).isEqualTo(1);
            assertThat(c.to()).isEqualTo(ConnectionState.CLOSED);
        });
        assertThat(rec.streamGaps()).isEmpty();
        assertThat(ws.activeSymbols()).containsExactly(BTC);
    }

    @Test
    @DisplayName("queue overflow behind a slow handler: frames dropped and counted, BookGap, StreamGap, then resync")
    void queueOverflow() throws Exception {
        ToyPublicWebsocket ws = open(100, PublicVenue.BookSyncMode.REST_SNAPSHOT, b -> b.dispatchQueueCapacity(16));
        result(ws.initialize(List.of(BTC), BOOK));
        makeLive(BTC);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        AtomicBoolean slow = new AtomicBoolean(true);
        rec.bookHook(book -> {
            if (slow.getAndSet(false)) {
                blocked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        venue.publishDelta(BTC, random);
        assertThat(blocked.await(15, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 200; i++) {
            venue.publishDelta(BTC, random);
        }
        await("frames dropped").atMost(WAIT).until(() -> ws.performanceMetrics().snapshot().droppedOnOverflow() > 0);
        assertThat(ws.performanceMetrics().snapshot().queueDepth()).isLessThanOrEqualTo(16);

        release.countDown();

        await().atMost(WAIT).until(() -> !rec.gaps(BTC).isEmpty() && !rec.streamGaps().isEmpty());
        assertThat(rec.gaps(BTC).get(0).reason()).isEqualTo("dispatch queue overflow");
        assertThat(rec.streamGaps().get(0).reason()).isEqualTo("dispatch queue overflow");
        venue.publishDelta(BTC, random);
        await().atMost(WAIT).until(() -> rec.resyncs(BTC).size() == 2);
        venue.publishDelta(BTC, random);
        awaitBookMatchesVenue(BTC);
        assertThat(venue.ws().peers()).as("overflow does not cost the connection").hasSize(1);
    }

    @Test
    @DisplayName("a malformed frame is a ProtocolException to the error handler; the connection stays up and the stream goes on")
    void malformedFrame() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC), TRADES));
        WsTestServer.Peer peer = venue.ws().lastPeer();

        peer.send("{not json");
        peer.send("{\"ch\":\"trade\",\"s\":\"BTC_USDT\",\"id\":1,\"p\":\"1.2.3\",\"q\":\"1\"}");

        await().atMost(WAIT).until(() -> rec.errors(ProtocolException.class).size() == 2);
        assertThat(rec.errors(ProtocolException.class)).allSatisfy(e -> assertThat(e.getMessage()).contains("offset"));
        long id = venue.publishTrade(BTC, "101.25", "0.5");
        await().atMost(WAIT).until(() -> rec.trades().stream().anyMatch(t -> t.tradeId() == id));
        assertThat(venue.ws().peers()).hasSize(1);
        assertThat(peer.isClosed()).isFalse();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.SUBSCRIBED);
        assertThat(ws.performanceMetrics().snapshot().parseErrors()).isEqualTo(2);
    }

    @Test
    @DisplayName("a handler that throws is reported as HandlerException with its cause and the stream continues")
    void throwingHandler() throws Exception {
        ToyPublicWebsocket ws = open();
        result(ws.initialize(List.of(BTC), TRADES));
        IllegalStateException bug = new IllegalStateException("application bug");
        rec.tradeHook(t -> {
            if (t.tradeId() == 1) {
                throw bug;
            }
        });

        venue.publishTrade(BTC, "100", "1");
        venue.publishTrade(BTC, "100.5", "2");

        await().atMost(WAIT).until(() -> rec.trades().size() == 2);
        assertThat(rec.errors(HandlerException.class)).singleElement().satisfies(e -> assertThat(e.getCause()).isSameAs(bug));
        assertThat(rec.trades()).extracting(t -> t.price().toString()).containsExactly("100", "100.5");
    }

    @Test
    @DisplayName("close() closes the connections with a close frame, stops every exwire thread and ends the component")
    void closeStopsEverything() throws Exception {
        ToyPublicWebsocket ws = open(2, PublicVenue.BookSyncMode.REST_SNAPSHOT, b -> b);
        result(ws.initialize(List.of(BTC, ETH), BOTH));
        makeLive(BTC);
        assertThat(ExwireThreads.alive()).isNotEmpty();

        ws.close();

        ExwireThreads.awaitNoneAlive();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.CLOSED);
        assertThat(ws.isConnected()).isFalse();
        await().atMost(WAIT).until(() -> venue.ws().peers().stream().allMatch(WsTestServer.Peer::isClosed));
        assertThat(venue.ws().peers()).hasSize(2).allSatisfy(p -> assertThat(p.closeCode()).isEqualTo(1000));
        assertThat(rest.closed()).isTrue();
        assertThatThrownBy(() -> ws.subscribe(List.of(SOL))).isInstanceOf(IllegalStateException.class);
        ws.close();
    }
}
