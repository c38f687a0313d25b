package io.exwire.core.connection;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.ConnectionState;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.transport.EpochNanoClock;
import io.exwire.core.transport.FrameListener;
import io.exwire.core.transport.WsConnection;
import io.exwire.core.transport.WsTransport;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One logical connection that keeps itself alive: connects on an exwire virtual thread, sends the venue's app-level
 * ping on schedule, declares the connection dead when nothing at all arrived within the liveness timeout (Helidon
 * reports no close for a dropped TCP connection, so liveness must be ours), reconnects with
 * {@link ReconnectBackoff}, and reports its lifetime so the engine can recycle it.
 *
 * <pre>
 * DISCONNECTED → CONNECTING → CONNECTED → (engine: AUTHENTICATING → AUTHENTICATED →) SUBSCRIBED
 *                    ▲                                     │ lost / dead / recycle
 *                    └──────────── RECONNECTING ◀──────────┘        close() → CLOSED
 * </pre>
 *
 * Frames go to the component's {@link DispatchLane}. Deadlines use the configuration's clock; a housekeeping tick
 * every 100 ms evaluates them, so tests drive time with an injected clock. Thread-safe.
 */
public final class ManagedConnection {

    private static final long TICK_MILLIS = 100;

    private final int id;
    private final ExchangeConfig config;
    private final WsTransport transport;
    private final ScheduledExecutorService scheduler;
    private final DispatchLane lane;
    private final MetricsRecorder metrics;
    private final ConnectionHooks hooks;
    private final StateListener stateListener;
    private final ReconnectBackoff backoff;
    private final EpochNanoClock clock;
    private final Duration heartbeat;
    private final Duration liveness;
    private final Duration lifetime;
    private final AtomicInteger generation = new AtomicInteger();
    private final Object stateLock = new Object();
    private volatile WsConnection ws;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile boolean closed;
    private volatile String endReason;
    private volatile long openedAtMillis;
    private volatile long lastPingMillis;
    private volatile boolean lifetimeReported;
    private boolean everOpened;
    private ScheduledFuture<?> tick;

    /**
     * @param id a small number unique within the component
     * @param settings the component's shared settings
     * @param hooks the engine's callbacks
     */
    public ManagedConnection(int id, ConnectionSettings settings, ConnectionHooks hooks) {
        this.id = id;
        this.config = settings.config();
        this.transport = settings.transport();
        this.scheduler = settings.scheduler();
        this.lane = settings.lane();
        this.metrics = settings.metrics();
        this.stateListener = settings.stateListener();
        this.clock = settings.clock();
        this.heartbeat = settings.heartbeat();
        this.liveness = settings.liveness();
        this.lifetime = settings.lifetime();
        this.hooks = hooks;
        this.backoff = new ReconnectBackoff(config.exchange() + "-" + config.market() + "-" + id,
                config.reconnectPolicy(), settings.random());
    }

    /** @return the id within the component */
    public int id() {
        return id;
    }

    /** @return the current state */
    public ConnectionState state() {
        return state;
    }

    /** @return whether the websocket is open */
    public boolean isOpen() {
        WsConnection c = ws;
        return c != null && c.isOpen();
    }

    /** @return reconnect attempts since the last successful connect */
    public int attempts() {
        return backoff.attempts();
    }

    /** Starts connecting in the background; returns at once. */
    public void start() {
        synchronized (stateLock) {
            if (tick != null || closed) {
                return;
            }
            tick = scheduler.scheduleAtFixedRate(this::housekeeping, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        Thread.ofVirtual().name("exwire-connect-" + id).start(this::attempt);
    }

    /**
     * Sends a text frame.
     *
     * @param text the frame
     * @return false when not connected
     */
    public boolean send(String text) {
        WsConnection c = ws;
        return c != null && c.send(text);
    }

    /**
     * Moves to a state reached by the engine (AUTHENTICATING, AUTHENTICATED, SUBSCRIBED).
     *
     * @param next the state
     * @param reason why
     */
    public void advance(ConnectionState next, String reason) {
        transition(next, reason);
    }

    /**
     * Drops the current websocket and reconnects (dead, stale, or a venue request).
     *
     * @param reason why, reported with the RECONNECTING transition
     */
    public void recycle(String reason) {
        WsConnection c = ws;
        if (c != null) {
            endReason = reason;
            c.abort();
        }
    }

    /**
     * Stops reconnecting because of a non-transient failure (e.g. refused credentials): drops the websocket, moves
     * to DISCONNECTED and reports {@link ConnectionHooks#gaveUp}. The component stays usable for close().
     *
     * @param cause the failure
     */
    public void halt(ExwireException cause) {
        WsConnection c = ws;
        generation.incrementAndGet();
        ws = null;
        if (c != null) {
            c.close(1000, "stopping: " + cause.getClass().getSimpleName());
        }
        if (!closed) {
            giveUp(cause);
        }
    }

    /** Closes for good: no more reconnects. Idempotent. */
    public void close() {
        synchronized (stateLock) {
            if (closed) {
                return;
            }
            closed = true;
            if (tick != null) {
                tick.cancel(false);
            }
        }
        WsConnection c = ws;
        ws = null;
        if (c != null) {
            c.close(1000, "client closed");
        }
        transition(ConnectionState.CLOSED, "closed by the application");
    }

    private void attempt() {
        if (closed) {
            return;
        }
        transition(ConnectionState.CONNECTING, everOpened ? "reconnecting" : "connecting");
        int gen = generation.incrementAndGet();
        try {
            WsConnection c = transport.connect(hooks.target(), hooks.headers(), new Listener(gen));
            if (closed) {
                c.close(1000, "client closed");
                return;
            }
            opened(c);
        } catch (ExwireException e) {
            backoff.failed();
            retryOrGiveUp(e);
        } catch (RuntimeException e) {
            backoff.failed();
            retryOrGiveUp(new ConnectionLostException("connection attempt failed: " + e.getClass().getName(), e));
        }
    }

    private void opened(WsConnection c) {
        ws = c;
        backoff.succeeded();
        openedAtMillis = clock.millis();
        lastPingMillis = openedAtMillis;
        lifetimeReported = false;
        boolean reconnect = everOpened;
        everOpened = true;
        if (reconnect) {
            metrics.reconnect();
        }
        transition(ConnectionState.CONNECTED, "websocket open");
        hooks.opened(this, reconnect);
    }

    private void lost(int gen, int code, String reason, Throwable error) {
        if (gen != generation.get() || closed) {
            return;
        }
        ws = null;
        String why = endReason != null ? endReason : "closed by venue (" + code + (reason.isEmpty() ? "" : " " + reason) + ")";
        endReason = null;
        ExwireException cause = error instanceof ExwireException e ? e : new ConnectionLostException(why, error);
        transition(ConnectionState.RECONNECTING, why);
        hooks.lost(this, cause);
        retryOrGiveUp(cause);
    }

    private void retryOrGiveUp(ExwireException cause) {
        if (closed) {
            return;
        }
        if (!cause.isTransient()) {
            giveUp(cause);
            return;
        }
        transition(ConnectionState.RECONNECTING, cause.getMessage());
        backoff.nextDelay().ifPresentOrElse(
                d -> scheduler.schedule(() -> Thread.ofVirtual().name("exwire-connect-" + id).start(this::attempt),
                        d.toMillis(), TimeUnit.MILLISECONDS),
                () -> giveUp(cause));
    }

    private void giveUp(ExwireException cause) {
        synchronized (stateLock) {
            if (tick != null) {
                tick.cancel(false);
            }
        }
        transition(ConnectionState.DISCONNECTED, "gave up: " + cause.getMessage());
        hooks.gaveUp(this, cause);
    }

    private void housekeeping() {
        WsConnection c = ws;
        if (c == null || closed) {
            return;
        }
        long now = clock.millis();
        if (now - lastPingMillis >= heartbeat.toMillis()) {
            lastPingMillis = now;
            String ping = hooks.ping(now);
            if (ping != null) {
                c.send(ping);
            }
        }
        if (clock.nanos() - c.lastInboundNanos() > liveness.toNanos()) {
            endReason = "liveness timeout: nothing received for " + liveness;
            c.abort();
            return;
        }
        if (!lifetime.isZero() && !lifetimeReported && now - openedAtMillis >= lifetime.toMillis()) {
            lifetimeReported = true;
            hooks.lifetimeReached(this);
        }
    }

    private void transition(ConnectionState next, String reason) {
        ConnectionState previous;
        synchronized (stateLock) {
            previous = state;
            if (previous == next || previous == ConnectionState.CLOSED) {
                return;
            }
            state = next;
        }
        stateListener.changed(this, previous, next, reason == null ? "" : reason);
    }

    private final class Listener implements FrameListener {
        private final int gen;

        Listener(int gen) {
            this.gen = gen;
        }

        @Override
        public void onText(String text, long receiveNanos) {
            metrics.frame(text.length());
            if (!lane.text(id, text, receiveNanos)) {
                metrics.dropped();
                hooks.overflow(ManagedConnection.this);
            }
        }

        @Override
        public void onBinary(ByteBuffer data, long receiveNanos) {
            metrics.frame(data.remaining());
            if (!lane.binary(id, data, receiveNanos)) {
                metrics.dropped();
                hooks.overflow(ManagedConnection.this);
            }
        }

        @Override
        public void onClosed(int code, String reason, Throwable error) {
            lost(gen, code, reason, error);
        }
    }

    @Override
    public String toString() {
        return "connection#" + id + "[" + state + "]";
    }
}
