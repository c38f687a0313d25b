package io.exwire.core.trading;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.ErrorHandler;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.HandlerException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.api.trading.Reconciliation;
import io.exwire.core.connection.ComponentThreads;
import io.exwire.core.connection.ConnectionHooks;
import io.exwire.core.connection.ConnectionSettings;
import io.exwire.core.connection.ManagedConnection;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.dispatch.FrameConsumer;
import io.exwire.core.metrics.ChannelRecorder;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.subscription.PendingRequests;
import io.exwire.core.subscription.RequestIds;
import io.exwire.core.transport.EpochNanoClock;
import io.exwire.core.transport.HelidonWsTransport;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a private websocket does, for any venue: one managed connection, authentication and subscriptions
 * (the venue's opening requests, each awaited with the request timeout), re-authentication on every reconnect,
 * REST reconciliation after every (re)connect so no change made while disconnected is lost, listen-key style
 * maintenance, dispatch and metrics. Refused credentials stop reconnection (no retry storm).
 */
public final class PrivateStreamEngine implements FrameConsumer, PrivateSink {

    private final ExchangeConfig config;
    private final PrivateWebsocketHandlers handlers;
    private final EpochNanoClock clock;
    private final MetricsRecorder metrics = new MetricsRecorder();
    private final DispatchLane lane;
    private final ScheduledExecutorService scheduler;
    private final PrivateRestClient rest;
    private final PrivateProtocol protocol;
    private final ManagedConnection connection;
    private final RequestIds ids = new RequestIds();
    private final PendingRequests<OpeningRequest> pending = new PendingRequests<>();
    private final KnownAccountState known = new KnownAccountState();
    private final Reconciler reconciler;
    private final ChannelRecorder orders;
    private final ChannelRecorder balances;
    private final ChannelRecorder positions;
    private final ChannelRecorder ownTrades;
    private final AtomicBoolean initialized = new AtomicBoolean();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final URI endpoint;
    private final java.util.Map<String, String> headers;
    private volatile boolean authenticated;
    private volatile boolean closed;
    private long lostAtMillis;

    PrivateStreamEngine(ExchangeConfig config, Credentials credentials, PrivateWebsocketHandlers handlers,
                        PrivateVenue venue) {
        this.config = Objects.requireNonNull(config, "config");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        Objects.requireNonNull(credentials, "credentials");
        String name = config.exchange() + "-" + config.market().name().toLowerCase() + "-private";
        this.clock = new EpochNanoClock(config.clock());
        this.lane = DispatchLane.create(config.dispatchMode(), config.dispatchQueueCapacity(), "exwire-dispatch-" + name, this);
        this.scheduler = ComponentThreads.scheduler("exwire-housekeeping-" + name);
        this.rest = venue.rest(config, credentials);
        this.protocol = venue.newProtocol(config, credentials, rest);
        this.endpoint = config.websocketUri().orElse(venue.defaultEndpoint());
        this.headers = venue.handshakeHeaders(config);
        this.reconciler = new Reconciler(rest, known);
        this.orders = metrics.channel("ORDERS");
        this.balances = metrics.channel("BALANCES");
        this.positions = metrics.channel("POSITIONS");
        this.ownTrades = metrics.channel("OWN_TRADES");
        Duration[] t = ConnectionSettings.timings(config, venue.limits());
        ConnectionSettings settings = new ConnectionSettings(config, new HelidonWsTransport(config, clock), scheduler,
                lane, metrics, this::stateChanged, clock, t[0], t[1], t[2], () -> ThreadLocalRandom.current().nextLong());
        this.connection = new ManagedConnection(1, settings, new Hooks());
        metrics.gauges(lane::depth, lane::lagNanos, () -> connection.isOpen() ? 1 : 0);
    }

    static ExchangeConfig requireMarket(ExchangeConfig config, MarketType market) {
        if (config.market() != market) {
            throw new ConfigurationException("config market " + config.market() + " does not match " + market);
        }
        return config;
    }

    CompletableFuture<Void> initialize() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (!initialized.compareAndSet(false, true)) {
            throw new IllegalStateException("initialize may be called once");
        }
        scheduler.scheduleAtFixedRate(() -> lane.execute(this::expireRequests), 250, 250, TimeUnit.MILLISECONDS);
        long every = protocol.maintenanceInterval().toMillis();
        if (every > 0) {
            scheduler.scheduleAtFixedRate(() -> Thread.ofVirtual().start(this::maintain), every, every, TimeUnit.MILLISECONDS);
        }
        connection.start();
        return ready.copy();
    }

    boolean isConnected() {
        return connection.isOpen();
    }

    boolean isAuthenticated() {
        return authenticated && connection.isOpen();
    }

    ConnectionState connectionState() {
        return closed ? ConnectionState.CLOSED : connection.state();
    }

    PerformanceMetrics metrics() {
        return metrics;
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        authenticated = false;
        ComponentThreads.stop(scheduler);
        connection.close();
        protocol.release();
        lane.close();
        rest.close();
        ready.completeExceptionally(new IllegalStateException("closed before initialization completed"));
    }

    String describe() {
        return config.exchange() + " " + config.market() + ", " + connectionState() + (authenticated ? ", authenticated" : "");
    }

    // ---- FrameConsumer ---------------------------------------------------------------------------------------

    @Override
    public void text(int connectionId, String text, long receiveNanos) {
        protocol.onText(text, receiveNanos, this);
    }

    @Override
    public void binary(int connectionId, ByteBuffer data, long receiveNanos) {
        protocol.onBinary(data, receiveNanos, this);
    }

    @Override
    public void failed(RuntimeException error) {
        metrics.parseError();
        report(new ProtocolException(config.exchange() + " " + config.market() + ": frame processing failed: "
                + error.getClass().getName(), error));
    }

    // ---- PrivateSink (on the lane) ---------------------------------------------------------------------------

    @Override
    public void acknowledged(int requestId) {
        OpeningRequest req = pending.remove(requestId);
        if (req == null) {
            return;
        }
        if (req.authenticates() && !authenticated) {
            authenticated = true;
            connection.advance(ConnectionState.AUTHENTICATED, "credentials accepted");
        }
        if (pending.size() == 0) {
            subscribed();
        }
    }

    @Override
    public void rejected(int requestId, ExwireException error) {
        OpeningRequest req = pending.remove(requestId);
        if (req == null) {
            return;
        }
        if (error instanceof AuthenticationException) {
            authenticated = false;
            // answers to the other opening requests may already be queued behind this refusal: they must not
            // complete the opening (SUBSCRIBED, REST reconciliation) of a connection that is being halted
            pending.removeIf(r -> true);
            ready.completeExceptionally(error);
            connection.halt(error);
            return;
        }
        report(error);
        ready.completeExceptionally(error);
    }

    @Override
    public void pong() {
        // inbound frames already count for liveness
    }

    @Override
    public void order(Order o) {
        known.order(o);
        deliver(orders, o.exchangeTimestampMillis(), o.receiveTimestampNanos(), () -> handlers.order().onOrder(o), "order");
    }

    @Override
    public void balance(Balance b) {
        known.balance(b);
        deliver(balances, b.exchangeTimestampMillis(), b.receiveTimestampNanos(), () -> handlers.balance().onBalance(b), "balance");
    }

    @Override
    public void position(Position p) {
        known.position(p);
        deliver(positions, p.exchangeTimestampMillis(), p.receiveTimestampNanos(), () -> handlers.position().onPosition(p), "position");
    }

    @Override
    public void ownTrade(OwnTrade t) {
        deliver(ownTrades, t.exchangeTimestampMillis(), t.receiveTimestampNanos(), () -> handlers.ownTrade().onOwnTrade(t), "own trade");
    }

    @Override
    public void reconnectRequired(String reason) {
        connection.recycle(reason);
    }

    @Override
    public void unknownChannel() {
        metrics.unknownChannel();
    }

    @Override
    public void protocolError(ProtocolException error) {
        metrics.parseError();
        report(error);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void sendOpening() {
        authenticated = false;
        pending.removeIf(r -> true);
        List<OpeningRequest> requests = protocol.openingRequests(ids::next, clock.millis());
        boolean authenticates = requests.stream().anyMatch(OpeningRequest::authenticates);
        connection.advance(authenticates ? ConnectionState.AUTHENTICATING : ConnectionState.CONNECTED, "sending credentials");
        if (!authenticates) {
            authenticated = true;
            connection.advance(ConnectionState.AUTHENTICATED, "authenticated by the connection itself");
        }
        long deadline = clock.millis() + config.requestTimeout().toMillis();
        for (OpeningRequest r : requests) {
            pending.add(r.requestId(), r, deadline);
            connection.send(r.frame());
        }
        if (requests.isEmpty()) {
            subscribed();
        }
    }

    private void subscribed() {
        connection.advance(ConnectionState.SUBSCRIBED, "every private channel subscribed");
        ready.complete(null);
        if (lostAtMillis > 0) {
            streamGap();
        }
        Reconciliation r = reconciler.run(new Emitter(), clock.nanos(), clock.millis());
        try {
            handlers.reconciled().onReconciled(r);
        } catch (RuntimeException e) {
            report(new HandlerException("the reconciliation handler threw", e));
        }
    }

    private void streamGap() {
        StreamGap gap = new StreamGap(config.exchange(), config.market(), connection.id(), "reconnect", lostAtMillis,
                clock.millis());
        lostAtMillis = 0;
        try {
            handlers.streamGap().onStreamGap(gap);
        } catch (RuntimeException e) {
            report(new HandlerException("the stream-gap handler threw", e));
        }
    }

    private void expireRequests() {
        List<OpeningRequest> expired = pending.expire(clock.millis());
        if (!expired.isEmpty()) {
            report(new RequestTimeoutException(config.exchange() + " " + config.market()
                    + " did not answer authentication/subscription within " + config.requestTimeout()));
            connection.recycle("authentication or subscription not answered in time");
        }
    }

    private void maintain() {
        try {
            protocol.maintain(clock.millis());
        } catch (ExwireException e) {
            lane.execute(() -> report(e));
            connection.recycle("session maintenance failed: " + e.getClass().getSimpleName());
        }
    }

    private void deliver(ChannelRecorder recorder, long exchangeMillis, long receiveNanos, Runnable call, String which) {
        try {
            call.run();
        } catch (RuntimeException e) {
            report(new HandlerException("the application's " + which + " handler threw " + e.getClass().getName(), e));
        }
        recorder.delivered(exchangeMillis, receiveNanos, clock.nanos());
    }

    private void report(ExwireException error) {
        ErrorHandler h = handlers.error();
        try {
            h.onError(error);
        } catch (RuntimeException ignored) {
            // an error handler that throws cannot be reported to itself
        }
    }

    private void stateChanged(ManagedConnection c, ConnectionState from, ConnectionState to, String reason) {
        ConnectionStateChange change = new ConnectionStateChange(config.exchange(), config.market(), c.id(), from, to,
                reason, clock.millis());
        if (to == ConnectionState.CLOSED) {
            deliverState(change);
        } else {
            lane.execute(() -> deliverState(change));
        }
    }

    private void deliverState(ConnectionStateChange change) {
        try {
            handlers.connectionState().onStateChange(change);
        } catch (RuntimeException e) {
            report(new HandlerException("the connection-state listener threw", e));
        }
    }

    private final class Emitter implements Reconciler.Emitter {
        @Override
        public void order(Order o) {
            PrivateStreamEngine.this.order(o);
        }

        @Override
        public void balance(Balance b) {
            PrivateStreamEngine.this.balance(b);
        }

        @Override
        public void position(Position p) {
            PrivateStreamEngine.this.position(p);
        }

        @Override
        public void error(ExwireException e) {
            report(e);
        }
    }

    private final class Hooks implements ConnectionHooks {
        @Override
        public URI target() {
            return protocol.prepare(endpoint);
        }

        @Override
        public java.util.Map<String, String> headers() {
            return headers;
        }

        @Override
        public void opened(ManagedConnection c, boolean reconnect) {
            lane.execute(PrivateStreamEngine.this::sendOpening);
        }

        @Override
        public void lost(ManagedConnection c, ExwireException cause) {
            lane.execute(() -> {
                authenticated = false;
                if (lostAtMillis == 0) {
                    lostAtMillis = clock.millis();
                }
                report(cause);
            });
        }

        @Override
        public void gaveUp(ManagedConnection c, ExwireException cause) {
            lane.execute(() -> {
                authenticated = false;
                report(cause);
                ready.completeExceptionally(cause);
            });
        }

        @Override
        public void overflow(ManagedConnection c) {
            c.recycle("dispatch queue overflow: reconnecting to reconcile");
        }

        @Override
        public void lifetimeReached(ManagedConnection c) {
            c.recycle("maximum connection lifetime");
        }

        @Override
        public String ping(long epochMillis) {
            return protocol.ping(ids.next(), epochMillis);
        }
    }
}
