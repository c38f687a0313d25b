package io.exwire.core.connection;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.ReconnectPolicy;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.FrameTooLargeException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.testing.ExwireThreads;
import io.exwire.core.transport.EpochNanoClock;
import io.exwire.core.transport.FrameListener;
import io.exwire.core.transport.WsConnection;
import io.exwire.core.transport.WsTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@link ManagedConnection} state machine against an in-memory transport: connect, retry, give up, halt, close,
 * recycle, heartbeat, liveness and lifetime. Time for deadlines comes from an injected clock the tests advance; the
 * 100 ms housekeeping tick runs on a real scheduler, so tests await its effects.
 */
@Timeout(20)
class ManagedConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final URI TARGET = URI.create("wss://venue.test/ws?listenKey=secret");
    private static final Duration LONG = Duration.ofDays(365);

    private final HoldingScheduler scheduler = new HoldingScheduler();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final EpochNanoClock nanoClock = new EpochNanoClock(clock);
    private final FakeTransport transport = new FakeTransport(nanoClock);
    private final TestLane lane = new TestLane();
    private final MetricsRecorder metrics = new MetricsRecorder();
    private final List<String> states = new CopyOnWriteArrayList<>();
    private final RecordingHooks hooks = new RecordingHooks();
    private final List<ManagedConnection> connections = new ArrayList<>();
    private volatile LongSupplier random = () -> 0L;

    @AfterEach
    void stop() {
        connections.forEach(ManagedConnection::close);
        ComponentThreads.stop(scheduler);
        ExwireThreads.awaitNoneAlive();
    }

    private static ReconnectPolicy policy(int maxAttempts) {
        return new ReconnectPolicy(Duration.ofMillis(1), Duration.ofMillis(1), maxAttempts, 1000, Duration.ofSeconds(30));
    }

    private ManagedConnection connection(ReconnectPolicy policy, Duration heartbeat, Duration liveness,
                                         Duration lifetime) {
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("toy"), MarketType.SPOT).reconnectPolicy(policy)
                .clock(clock).build();
        ConnectionSettings settings = new ConnectionSettings(config, transport, scheduler, lane, metrics,
                (c, from, to, reason) -> states.add(from + "->" + to + ": " + reason), nanoClock, heartbeat, liveness,
                lifetime, random);
        ManagedConnection c = new ManagedConnection(7, settings, hooks);
        connections.add(c);
        return c;
    }

    private ManagedConnection connection() {
        return connection(policy(0), LONG, LONG, Duration.ZERO);
    }

    private ManagedConnection started(ManagedConnection c) {
        c.start();
        await().atMost(WAIT).until(() -> c.state() == ConnectionState.CONNECTED && hooks.opened.size() == 1);
        return c;
    }

    private long transitionsTo(ConnectionState state) {
        return states.stream().filter(s -> s.contains("->" + state + ":")).count();
    }

    @Test
    @DisplayName("start connects to the hooks' target with its headers, reports CONNECTING then CONNECTED and opened(first)")
    void startConnectsAndReportsOpened() {
        ManagedConnection c = connection();
        hooks.headers = Map.of("X-Gate-Size-Decimal", "1");
        assertThat(c.send("early")).as("nothing to send on before connecting").isFalse();
        assertThat(c.isOpen()).isFalse();

        started(c);

        assertThat(transport.targets).containsExactly(TARGET);
        assertThat(transport.headers).containsExactly(Map.of("X-Gate-Size-Decimal", "1"));
        assertThat(states).containsExactly("DISCONNECTED->CONNECTING: connecting", "CONNECTING->CONNECTED: websocket open");
        assertThat(hooks.opened).containsExactly(false);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.attempts()).isZero();
        assertThat(c.send("{\"op\":\"subscribe\"}")).isTrue();
        assertThat(transport.last().sent).containsExactly("{\"op\":\"subscribe\"}");
        assertThat(c.id()).isEqualTo(7);
        assertThat(c).hasToString("connection#7[CONNECTED]");
    }

    @Test
    @DisplayName("advance moves to engine-reached states; moving to the current state reports nothing")
    void advanceReportsEngineStates() {
        ManagedConnection c = started(connection());

        c.advance(ConnectionState.AUTHENTICATING, "login sent");
        c.advance(ConnectionState.AUTHENTICATING, "login sent again");
        c.advance(ConnectionState.SUBSCRIBED, null);

        assertThat(states).endsWith("CONNECTED->AUTHENTICATING: login sent", "AUTHENTICATING->SUBSCRIBED: ");
        assertThat(c).hasToString("connection#7[SUBSCRIBED]");
    }

    @Test
    @DisplayName("a second start() is ignored: one connect attempt, one housekeeping schedule")
    void startIsIdempotent() {
        ManagedConnection c = connection();
        c.start();
        c.start();

        await().atMost(WAIT).until(() -> hooks.opened.size() == 1);
        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 1);
        assertThat(transitionsTo(ConnectionState.CONNECTING)).isEqualTo(1);
    }

    @Test
    @DisplayName("start() after close() never connects and the connection stays CLOSED")
    void startAfterCloseNeverConnects() {
        ManagedConnection c = connection();
        c.close();

        c.start();

        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 0);
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(states).containsExactly("DISCONNECTED->CLOSED: closed by the application");
    }

    @Test
    @DisplayName("close() sends a 1000 close once, ignores the socket's own close callback and is idempotent")
    void closeIsIdempotentAndQuiet() {
        ManagedConnection c = started(connection());
        FakeWs ws = transport.last();

        c.close();
        c.close();

        assertThat(ws.closes).containsExactly("1000 client closed");
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.send("after close")).isFalse();
        assertThat(transitionsTo(ConnectionState.CLOSED)).isEqualTo(1);
        assertThat(hooks.lost).as("an application close is not a loss").isEmpty();
        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 1);
    }

    @Test
    @DisplayName("a websocket that opens after close() is closed at once and never reported as opened")
    void socketOpeningAfterCloseIsClosed() throws Exception {
        ManagedConnection c = connection();
        CountDownLatch inConnect = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        transport.plan.add(listener -> {
            inConnect.countDown();
            release.await();
            return transport.open(listener);
        });
        c.start();
        assertThat(inConnect.await(5, TimeUnit.SECONDS)).isTrue();

        c.close();
        release.countDown();

        await().atMost(WAIT).until(() -> transport.connections.size() == 1 && !transport.last().closes.isEmpty());
        assertThat(transport.last().closes).containsExactly("1000 client closed");
        assertThat(hooks.opened).isEmpty();
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(c.isOpen()).isFalse();
    }

    @Test
    @DisplayName("transient connect failures are retried until maxAttempts, then gaveUp with the last failure and DISCONNECTED")
    void retriesUntilMaxAttemptsThenGivesUp() {
        transport.fallback = listener -> {
            throw new ConnectionLostException("refused #" + transport.attempts.get());
        };
        ManagedConnection c = connection(policy(2), LONG, LONG, Duration.ZERO);

        c.start();

        await().atMost(WAIT).until(() -> hooks.gaveUp.size() == 1);
        assertThat(transport.attempts).hasValue(3);
        assertThat(hooks.gaveUp.get(0)).isInstanceOf(ConnectionLostException.class).hasMessage("refused #3");
        assertThat(c.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(c.attempts()).isEqualTo(2);
        assertThat(states).endsWith("RECONNECTING->DISCONNECTED: gave up: refused #3");
        assertThat(transitionsTo(ConnectionState.RECONNECTING)).isEqualTo(3);
        assertThat(hooks.lost).as("nothing was open, so nothing was lost").isEmpty();
        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 3);
    }

    @Test
    @DisplayName("a connect attempt that fails after close() neither retries nor gives up")
    void attemptFailingAfterCloseIsDropped() throws Exception {
        scheduler.holdRetries = true;
        ManagedConnection c = connection();
        CountDownLatch inConnect = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        transport.plan.add(listener -> {
            inConnect.countDown();
            release.await();
            throw new ConnectionLostException("refused after close");
        });
        c.start();
        assertThat(inConnect.await(5, TimeUnit.SECONDS)).isTrue();

        c.close();
        release.countDown();

        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 1);
        assertThat(scheduler.held).as("no retry scheduled").isEmpty();
        assertThat(hooks.gaveUp).isEmpty();
        assertThat(states).containsExactly("DISCONNECTED->CONNECTING: connecting",
                "CONNECTING->CLOSED: closed by the application");
    }

    @Test
    @DisplayName("a retry that comes due after close() does not connect")
    void retryDueAfterCloseDoesNotConnect() {
        transport.fallback = listener -> {
            throw new ConnectionLostException("refused");
        };
        scheduler.holdRetries = true;
        random = () -> -1L;
        ManagedConnection c = connection(new ReconnectPolicy(Duration.ofMillis(250), Duration.ofSeconds(1), 0, 1000,
                Duration.ofSeconds(30)), LONG, LONG, Duration.ZERO);
        c.start();
        await().atMost(WAIT).until(() -> scheduler.held.size() == 1);
        assertThat(scheduler.heldDelays).as("full jitter with the largest random value").containsExactly(249L);

        c.close();
        scheduler.held.remove(0).run();

        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 1);
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(hooks.gaveUp).isEmpty();
    }

    @Test
    @DisplayName("an unexpected exception from the transport becomes a transient ConnectionLostException naming its class, and is retried")
    void runtimeFailureIsWrappedAndRetried() {
        IllegalStateException boom = new IllegalStateException("boom");
        transport.plan.add(listener -> {
            throw boom;
        });
        ManagedConnection c = connection();

        started(c);

        assertThat(transport.attempts).hasValue(2);
        assertThat(states).containsSubsequence("DISCONNECTED->CONNECTING: connecting",
                "CONNECTING->RECONNECTING: connection attempt failed: java.lang.IllegalStateException",
                "RECONNECTING->CONNECTING: connecting", "CONNECTING->CONNECTED: websocket open");
        assertThat(hooks.opened).as("the first successful open is not a reconnect").containsExactly(false);
        assertThat(metrics.reconnects()).isZero();
        assertThat(c.attempts()).as("success resets the attempts").isZero();
    }

    @Test
    @DisplayName("a non-transient failure (refused credentials from target()) gives up at once without retrying")
    void nonTransientFailureGivesUpAtOnce() {
        AuthenticationException refused = new AuthenticationException("listen key refused");
        hooks.target = () -> {
            throw refused;
        };
        ManagedConnection c = connection();

        c.start();

        await().atMost(WAIT).until(() -> hooks.gaveUp.size() == 1);
        assertThat(hooks.gaveUp).containsExactly(refused);
        assertThat(transport.attempts).hasValue(0);
        assertThat(states).containsExactly("DISCONNECTED->CONNECTING: connecting",
                "CONNECTING->DISCONNECTED: gave up: listen key refused");
        assertThat(c.attempts()).isZero();
    }

    @Test
    @DisplayName("halt closes the websocket naming the cause, reports gaveUp once, moves to DISCONNECTED and does not reconnect")
    void haltStopsReconnecting() {
        ManagedConnection c = started(connection());
        FakeWs ws = transport.last();
        AuthenticationException cause = new AuthenticationException("api key revoked");

        c.halt(cause);

        assertThat(ws.closes).containsExactly("1000 stopping: AuthenticationException");
        assertThat(hooks.gaveUp).containsExactly(cause);
        assertThat(hooks.lost).as("the socket's close callback belongs to a dropped generation").isEmpty();
        assertThat(c.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.send("x")).isFalse();
        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 1);

        c.close();
        assertThat(c.state()).as("still usable for close()").isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    @DisplayName("halt after close() reports nothing: a closed connection does not give up")
    void haltAfterCloseIsSilent() {
        ManagedConnection c = started(connection());
        c.close();

        c.halt(new AuthenticationException("late"));

        assertThat(hooks.gaveUp).isEmpty();
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    @DisplayName("recycle without a websocket does nothing")
    void recycleWithoutWebsocketIsANoOp() {
        ManagedConnection c = connection();

        c.recycle("stale");

        assertThat(states).isEmpty();
        assertThat(c.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(hooks.lost).isEmpty();
    }

    @Test
    @DisplayName("recycle drops the websocket, reports lost with its reason and reconnects (opened as a reconnect, counted)")
    void recycleReconnectsWithItsReason() {
        ManagedConnection c = started(connection());
        FakeWs first = transport.last();

        c.recycle("venue requested reconnect");

        await().atMost(WAIT).until(() -> hooks.opened.size() == 2);
        assertThat(first.aborts).hasValue(1);
        assertThat(hooks.lost).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(ConnectionLostException.class).hasMessage("venue requested reconnect");
            assertThat(e.isTransient()).isTrue();
        });
        assertThat(states).contains("CONNECTED->RECONNECTING: venue requested reconnect",
                "RECONNECTING->CONNECTING: reconnecting");
        assertThat(hooks.opened).containsExactly(false, true);
        assertThat(metrics.reconnects()).isEqualTo(1);
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(transport.connections).hasSize(2);
    }

    @Test
    @DisplayName("a close by the venue is reported with its code and reason; an ExwireException from the transport is passed on as is")
    void venueCloseReportsCodeAndReason() {
        ManagedConnection c = started(connection());

        transport.last().peerClose(1001, "going away", null);
        await().atMost(WAIT).until(() -> hooks.opened.size() == 2);
        transport.last().peerClose(1000, "", null);
        await().atMost(WAIT).until(() -> hooks.opened.size() == 3);
        FrameTooLargeException tooLarge = new FrameTooLargeException("message of at least 9999 bytes");
        transport.last().peerClose(1009, "message too big", tooLarge);
        await().atMost(WAIT).until(() -> hooks.opened.size() == 4);

        assertThat(hooks.lost).hasSize(3);
        assertThat(hooks.lost.get(0)).isInstanceOf(ConnectionLostException.class)
                .hasMessage("closed by venue (1001 going away)");
        assertThat(hooks.lost.get(1)).hasMessage("closed by venue (1000)");
        assertThat(hooks.lost.get(2)).isSameAs(tooLarge);
        assertThat(metrics.reconnects()).isEqualTo(3);
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    @DisplayName("a late close callback of a replaced websocket does not disturb the current one")
    void staleCallbackOfAReplacedSocketIsIgnored() {
        ManagedConnection c = started(connection());
        FakeWs old = transport.last();
        c.recycle("rotate");
        await().atMost(WAIT).until(() -> hooks.opened.size() == 2);
        int statesBefore = states.size();

        old.listener.onClosed(1006, "late report", new ConnectionLostException("late"));

        assertThat(hooks.lost).hasSize(1);
        assertThat(states).hasSize(statesBefore);
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(c.isOpen()).isTrue();
        await().during(QUIET).atMost(WAIT).until(() -> transport.attempts.get() == 2);
    }

    @Test
    @DisplayName("frames go to the lane under the connection's id and are counted; a refused frame is dropped and reported as overflow")
    void framesAndOverflow() {
        ManagedConnection c = started(connection());
        FakeWs ws = transport.last();

        ws.receiveText("hello");
        ws.receiveBinary(new byte[]{1, 2, 3});
        lane.accepting = false;
        ws.receiveText("refused text");
        ws.receiveBinary(new byte[]{4, 5});

        assertThat(lane.frames).containsExactly("7:hello", "7:binary[3]");
        assertThat(hooks.overflows).hasValue(2);
        assertThat(metrics.snapshot().droppedOnOverflow()).isEqualTo(2);
        assertThat(metrics.snapshot().messages()).as("refused frames still arrived").isEqualTo(4);
        assertThat(metrics.snapshot().bytes()).isEqualTo(5 + 3 + 12 + 2);
        assertThat(c.state()).as("an overflow alone does not drop the connection").isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    @DisplayName("the venue's ping is sent once per heartbeat interval of the injected clock")
    void heartbeatSendsThePing() {
        ManagedConnection c = started(connection(policy(0), Duration.ofSeconds(10), LONG, Duration.ZERO));
        FakeWs ws = transport.last();
        hooks.ping = millis -> "{\"ping\":" + millis + "}";
        long opened = clock.millis();

        clock.advance(Duration.ofSeconds(9));
        await().during(QUIET).atMost(WAIT).until(() -> hooks.pings.isEmpty());
        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> ws.sent.size() == 1);

        assertThat(ws.sent).containsExactly("{\"ping\":" + (opened + 10_000) + "}");
        assertThat(hooks.pings).containsExactly(opened + 10_000);
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    @DisplayName("a venue without an app-level ping (ping() is null) is asked each heartbeat but nothing is sent")
    void heartbeatWithoutAPingSendsNothing() {
        started(connection(policy(0), Duration.ofSeconds(10), LONG, Duration.ZERO));
        FakeWs ws = transport.last();
        hooks.ping = millis -> null;

        clock.advance(Duration.ofSeconds(10));
        await().atMost(WAIT).until(() -> hooks.pings.size() == 1);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(WAIT).until(() -> hooks.pings.size() == 2);

        assertThat(ws.sent).isEmpty();
        assertThat(ws.aborts).hasValue(0);
    }

    @Test
    @DisplayName("nothing received for longer than the liveness timeout drops the websocket as dead and reconnects")
    void livenessTimeoutReconnects() {
        ManagedConnection c = started(connection(policy(0), LONG, Duration.ofSeconds(30), Duration.ZERO));
        FakeWs dead = transport.last();

        clock.advance(Duration.ofSeconds(30));
        await().during(QUIET).atMost(WAIT).until(() -> dead.aborts.get() == 0);
        clock.advance(Duration.ofMillis(1));

        await().atMost(WAIT).until(() -> hooks.opened.size() == 2);
        assertThat(dead.aborts).hasValue(1);
        assertThat(hooks.lost).singleElement().satisfies(e ->
                assertThat(e).hasMessage("liveness timeout: nothing received for PT30S"));
        assertThat(hooks.opened).containsExactly(false, true);
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    @DisplayName("inbound traffic keeps a connection alive past the liveness timeout")
    void inboundTrafficKeepsItAlive() {
        started(connection(policy(0), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ZERO));
        FakeWs ws = transport.last();

        for (int i = 1; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(10));
            ws.lastInbound = nanoClock.nanos();
            int pings = i;
            await().atMost(WAIT).until(() -> hooks.pings.size() == pings);
        }

        assertThat(ws.aborts).hasValue(0);
        assertThat(hooks.lost).isEmpty();
    }

    @Test
    @DisplayName("reaching the maximum lifetime is reported once per websocket, not on every later tick")
    void lifetimeReachedOnce() {
        ManagedConnection c = started(connection(policy(0), Duration.ofMinutes(1), LONG, Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(59));
        await().during(QUIET).atMost(WAIT).until(() -> hooks.lifetimes.get() == 0);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> hooks.lifetimes.get() == 1);
        for (int i = 2; i <= 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            int pings = i;
            await("a later tick has completed").atMost(WAIT).until(() -> hooks.pings.size() == pings);
        }

        assertThat(hooks.lifetimes).hasValue(1);
        assertThat(hooks.lifetimeConnections).containsOnly(c);
    }

    @Test
    @DisplayName("a zero lifetime means never recycled for age")
    void zeroLifetimeNeverReported() {
        started(connection(policy(0), Duration.ofDays(1), LONG, Duration.ZERO));

        for (int i = 1; i <= 2; i++) {
            clock.advance(Duration.ofDays(1));
            int pings = i;
            await().atMost(WAIT).until(() -> hooks.pings.size() == pings);
        }

        assertThat(hooks.lifetimes).hasValue(0);
    }

    /** The housekeeping scheduler; one-shot tasks (the reconnect retries) can be held for the test to run. */
    private static final class HoldingScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> held = new CopyOnWriteArrayList<>();
        final List<Long> heldDelays = new CopyOnWriteArrayList<>();
        volatile boolean holdRetries;

        HoldingScheduler() {
            super(1, r -> Thread.ofPlatform().daemon(true).name("exwire-housekeeping-mc-test").unstarted(r));
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (!holdRetries) {
                return super.schedule(command, delay, unit);
            }
            heldDelays.add(unit.toMillis(delay));
            held.add(command);
            return null;
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            if (!holdRetries) {
                return super.schedule(callable, delay, unit);
            }
            heldDelays.add(unit.toMillis(delay));
            held.add(() -> {
                try {
                    callable.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return null;
        }
    }

    /** A settable clock. */
    private static final class MutableClock implements InstantSource {
        private final AtomicLong nanos;

        MutableClock(Instant start) {
            nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
        }

        void advance(Duration d) {
            nanos.addAndGet(d.toNanos());
        }

        @Override
        public Instant instant() {
            long n = nanos.get();
            return Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
        }
    }

    /** How one connect call behaves. */
    @FunctionalInterface
    private interface Connector {
        WsConnection connect(FrameListener listener) throws Exception;
    }

    /** Hands out in-memory websockets; a plan of per-attempt behaviours overrides the fallback. */
    private static final class FakeTransport implements WsTransport {
        final EpochNanoClock clock;
        final AtomicInteger attempts = new AtomicInteger();
        final List<URI> targets = new CopyOnWriteArrayList<>();
        final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
        final List<FakeWs> connections = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedDeque<Connector> plan = new ConcurrentLinkedDeque<>();
        volatile Connector fallback = this::open;

        FakeTransport(EpochNanoClock clock) {
            this.clock = clock;
        }

        FakeWs open(FrameListener listener) {
            FakeWs ws = new FakeWs(listener, clock.nanos());
            connections.add(ws);
            return ws;
        }

        FakeWs last() {
            return connections.get(connections.size() - 1);
        }

        @Override
        public WsConnection connect(URI uri, Map<String, String> h, FrameListener listener) {
            attempts.incrementAndGet();
            targets.add(uri);
            headers.add(h);
            Connector next = plan.poll();
            try {
                return (next != null ? next : fallback).connect(listener);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An in-memory websocket that, like the real one, reports its end exactly once. */
    private static final class FakeWs implements WsConnection {
        final FrameListener listener;
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<String> closes = new CopyOnWriteArrayList<>();
        final AtomicInteger aborts = new AtomicInteger();
        private final AtomicInteger ended = new AtomicInteger();
        volatile long lastInbound;

        FakeWs(FrameListener listener, long openedNanos) {
            this.listener = listener;
            this.lastInbound = openedNanos;
        }

        void receiveText(String text) {
            listener.onText(text, lastInbound);
        }

        void receiveBinary(byte[] data) {
            listener.onBinary(ByteBuffer.wrap(data), lastInbound);
        }

        void peerClose(int code, String reason, Throwable error) {
            end(code, reason, error);
        }

        private void end(int code, String reason, Throwable error) {
            if (ended.getAndIncrement() == 0) {
                listener.onClosed(code, reason, error);
            }
        }

        @Override
        public boolean send(String text) {
            if (ended.get() > 0) {
                return false;
            }
            sent.add(text);
            return true;
        }

        @Override
        public boolean isOpen() {
            return ended.get() == 0;
        }

        @Override
        public long lastInboundNanos() {
            return lastInbound;
        }

        @Override
        public void close(int code, String reason) {
            closes.add(code + " " + reason);
            end(code, reason, null);
        }

        @Override
        public void abort() {
            aborts.incrementAndGet();
            end(1006, "aborted", null);
        }
    }

    /** A lane that records frames, or refuses them like a full queue. */
    private static final class TestLane implements DispatchLane {
        final List<String> frames = new CopyOnWriteArrayList<>();
        volatile boolean accepting = true;

        @Override
        public boolean text(int connectionId, String text, long receiveNanos) {
            if (accepting) {
                frames.add(connectionId + ":" + text);
            }
            return accepting;
        }

        @Override
        public boolean binary(int connectionId, ByteBuffer data, long receiveNanos) {
            if (accepting) {
                frames.add(connectionId + ":binary[" + data.remaining() + "]");
            }
            return accepting;
        }

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public long depth() {
            return 0;
        }

        @Override
        public long lagNanos() {
            return 0;
        }

        @Override
        public void close() {
        }
    }

    /** Records every callback. */
    private static final class RecordingHooks implements ConnectionHooks {
        final List<Boolean> opened = new CopyOnWriteArrayList<>();
        final List<ExwireException> lost = new CopyOnWriteArrayList<>();
        final List<ExwireException> gaveUp = new CopyOnWriteArrayList<>();
        final List<Long> pings = new CopyOnWriteArrayList<>();
        final List<ManagedConnection> lifetimeConnections = new CopyOnWriteArrayList<>();
        final AtomicInteger overflows = new AtomicInteger();
        final AtomicInteger lifetimes = new AtomicInteger();
        volatile java.util.function.Supplier<URI> target = () -> TARGET;
        volatile Map<String, String> headers = Map.of();
        volatile java.util.function.LongFunction<String> ping = millis -> "ping";

        @Override
        public URI target() {
            return target.get();
        }

        @Override
        public Map<String, String> headers() {
            return headers;
        }

        @Override
        public void opened(ManagedConnection connection, boolean reconnect) {
            opened.add(reconnect);
        }

        @Override
        public void lost(ManagedConnection connection, ExwireException cause) {
            lost.add(cause);
        }

        @Override
        public void gaveUp(ManagedConnection connection, ExwireException cause) {
            gaveUp.add(cause);
        }

        @Override
        public void overflow(ManagedConnection connection) {
            overflows.incrementAndGet();
        }

        @Override
        public void lifetimeReached(ManagedConnection connection) {
            lifetimes.incrementAndGet();
            lifetimeConnections.add(connection);
        }

        @Override
        public String ping(long epochMillis) {
            pings.add(epochMillis);
            return ping.apply(epochMillis);
        }
    }
}
