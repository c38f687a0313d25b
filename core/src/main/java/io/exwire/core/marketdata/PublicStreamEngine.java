package io.exwire.core.marketdata;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.connection.ComponentThreads;
import io.exwire.core.connection.ConnectionHooks;
import io.exwire.core.connection.ConnectionSettings;
import io.exwire.core.connection.ConnectionStates;
import io.exwire.core.connection.ManagedConnection;
import io.exwire.core.dispatch.DispatchLane;
import io.exwire.core.dispatch.FrameConsumer;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.subscription.RequestIds;
import io.exwire.core.transport.EpochNanoClock;
import io.exwire.core.transport.HelidonWsTransport;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything a public websocket does, for any venue: owns the component's dispatch lane, housekeeping scheduler,
 * connections (sharded), subscriptions, books and metrics. The venue supplies only its {@link PublicVenue}.
 * Application calls validate their arguments at once and post the work to the lane; nothing blocks but
 * {@link #close()}.
 */
public final class PublicStreamEngine implements FrameConsumer {

    private final ExchangeConfig config;
    private final PublicWebsocketHandlers handlers;
    private final PublicVenue venue;
    private final EpochNanoClock clock;
    private final MetricsRecorder metrics = new MetricsRecorder();
    private final DispatchLane lane;
    private final ScheduledExecutorService scheduler;
    private final PublicSubscriptions subs;
    private final PublicEventSink sink;
    private final ConnectionSettings settings;
    private final AtomicInteger shardIds = new AtomicInteger();
    private final RequestIds pingIds = new RequestIds();
    private final AtomicBoolean initialized = new AtomicBoolean();
    private final AtomicBoolean overflowing = new AtomicBoolean();
    private volatile boolean closed;
    private volatile PublicRestClient rest;

    PublicStreamEngine(ExchangeConfig config, PublicWebsocketHandlers handlers, PublicVenue venue) {
        this.config = Objects.requireNonNull(config, "config");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.venue = Objects.requireNonNull(venue, "venue");
        String name = config.exchange() + "-" + config.market().name().toLowerCase() + "-public";
        this.clock = new EpochNanoClock(config.clock());
        this.lane = DispatchLane.create(config.dispatchMode(), config.dispatchQueueCapacity(), "exwire-dispatch-" + name, this);
        this.scheduler = ComponentThreads.scheduler("exwire-housekeeping-" + name);
        this.subs = new PublicSubscriptions(config, venue, new SymbolTable(), new Environment());
        this.sink = new PublicEventSink(handlers, metrics, clock, subs);
        subs.sink(sink);
        Duration[] t = ConnectionSettings.timings(config, venue.limits());
        this.settings = new ConnectionSettings(config, new HelidonWsTransport(config, clock), scheduler, lane, metrics,
                this::stateChanged, clock, t[0], t[1], t[2], () -> ThreadLocalRandom.current().nextLong());
        metrics.gauges(lane::depth, lane::lagNanos, this::openConnections);
    }

    static ExchangeConfig requireMarket(ExchangeConfig config, MarketType market) {
        if (config.market() != market) {
            throw new ConfigurationException("config market " + config.market() + " does not match " + market);
        }
        return config;
    }

    CompletableFuture<SubscriptionResult> initialize(List<Symbol> symbols, Set<PublicChannel> channels) {
        List<Symbol> list = requireSymbols(symbols);
        Set<PublicChannel> chosen = requireChannels(channels);
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (!initialized.compareAndSet(false, true)) {
            throw new IllegalStateException("initialize may be called once; use subscribe to add symbols");
        }
        scheduler.scheduleAtFixedRate(() -> lane.execute(() -> subs.housekeeping(clock.millis())),
                250, 250, TimeUnit.MILLISECONDS);
        SubscriptionBatch batch = new SubscriptionBatch();
        lane.execute(() -> {
            subs.channels(chosen);
            subs.subscribe(list, batch);
        });
        return batch.future();
    }

    CompletableFuture<SubscriptionResult> subscribe(List<Symbol> symbols) {
        List<Symbol> list = requireSymbols(symbols);
        requireRunning();
        SubscriptionBatch batch = new SubscriptionBatch();
        lane.execute(() -> subs.subscribe(list, batch));
        return batch.future();
    }

    CompletableFuture<SubscriptionResult> unsubscribe(List<Symbol> symbols) {
        List<Symbol> list = requireSymbols(symbols);
        requireRunning();
        SubscriptionBatch batch = new SubscriptionBatch();
        lane.execute(() -> subs.unsubscribe(list, batch));
        return batch.future();
    }

    Set<Symbol> activeSymbols() {
        return subs.active();
    }

    boolean isConnected() {
        for (Shard s : subs.shards().values()) {
            if (s.connection().isOpen()) {
                return true;
            }
        }
        return false;
    }

    ConnectionState connectionState() {
        if (closed) {
            return ConnectionState.CLOSED;
        }
        ConnectionState least = null;
        for (Shard s : subs.shards().values()) {
            ConnectionState st = s.connection().state();
            if (least == null || ConnectionStates.rank(st) < ConnectionStates.rank(least)) {
                least = st;
            }
        }
        return least == null ? ConnectionState.DISCONNECTED : least;
    }

    PerformanceMetrics metrics() {
        return metrics;
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        ComponentThreads.stop(scheduler);
        subs.shards().values().forEach(s -> s.connection().close());
        lane.close();
        PublicRestClient r = rest;
        if (r != null) {
            r.close();
        }
    }

    String describe() {
        return config.exchange() + " " + config.market() + ", " + subs.active().size() + " symbols, " + connectionState();
    }

    // ---- FrameConsumer (on the lane) -------------------------------------------------------------------------

    @Override
    public void text(int connectionId, String text, long receiveNanos) {
        Shard shard = subs.shards().get(connectionId);
        if (shard != null) {
            sink.currentShard(connectionId);
            shard.protocol().onText(text, receiveNanos, sink);
        }
    }

    @Override
    public void binary(int connectionId, ByteBuffer data, long receiveNanos) {
        Shard shard = subs.shards().get(connectionId);
        if (shard != null) {
            sink.currentShard(connectionId);
            shard.protocol().onBinary(data, receiveNanos, sink);
        }
    }

    @Override
    public void failed(RuntimeException error) {
        metrics.parseError();
        sink.report(new ProtocolException(config.exchange() + " " + config.market()
                + ": frame processing failed: " + error.getClass().getName(), error));
    }

    // ---- internals -------------------------------------------------------------------------------------------

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
            sink.report(new io.exwire.api.exception.HandlerException("the connection-state listener threw", e));
        }
    }

    private int openConnections() {
        int n = 0;
        for (Shard s : subs.shards().values()) {
            n += s.connection().isOpen() ? 1 : 0;
        }
        return n;
    }

    private PublicRestClient rest() {
        PublicRestClient r = rest;
        if (r == null) {
            synchronized (this) {
                if (rest == null) {
                    rest = venue.rest(config);
                }
                r = rest;
            }
        }
        return r;
    }

    private void requireRunning() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (!initialized.get()) {
            throw new IllegalStateException("call initialize(symbols, channels) first");
        }
    }

    private static List<Symbol> requireSymbols(List<Symbol> symbols) {
        if (symbols == null || symbols.isEmpty()) {
            throw new IllegalArgumentException("symbols are mandatory for public market data: give at least one");
        }
        for (Symbol s : symbols) {
            if (s == null) {
                throw new IllegalArgumentException("symbols must not contain null");
            }
        }
        return List.copyOf(symbols);
    }

    private Set<PublicChannel> requireChannels(Set<PublicChannel> channels) {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("channels are mandatory: give at least one PublicChannel");
        }
        for (PublicChannel c : channels) {
            if (c == null || !venue.supports(c)) {
                throw new IllegalArgumentException(config.exchange() + " " + config.market() + " does not offer channel " + c);
            }
        }
        return Set.copyOf(channels);
    }

    private final class Environment implements PublicSubscriptions.Environment {
        @Override
        public Shard newShard() {
            int id = shardIds.incrementAndGet();
            Shard shard = new Shard(id, venue.newProtocol(config, subsTable()));
            shard.connection(new ManagedConnection(id, settings, new Hooks(shard)));
            return shard;
        }

        @Override
        public void fetchSnapshot(Symbol symbol) {
            Thread.ofVirtual().name("exwire-snapshot-" + symbol).start(() -> fetch(symbol));
        }

        @Override
        public void streamGap(StreamGap gap) {
            try {
                handlers.streamGap().onStreamGap(gap);
            } catch (RuntimeException e) {
                sink.report(new io.exwire.api.exception.HandlerException("the stream-gap handler threw", e));
            }
        }

        @Override
        public long nowMillis() {
            return clock.millis();
        }
    }

    private SymbolTable subsTable() {
        return subs.table();
    }

    private void fetch(Symbol symbol) {
        if (closed) {
            return;
        }
        try {
            OrderBookSnapshot snapshot = rest().orderBook(symbol, venue.snapshotDepth(config));
            long arrived = clock.nanos();
            lane.execute(() -> subs.snapshotArrived(symbol, snapshot, arrived));
        } catch (ExwireException e) {
            lane.execute(() -> sink.report(e));
            if (!closed) {
                scheduler.schedule(() -> lane.execute(() -> subs.needSnapshot(symbol)), 1, TimeUnit.SECONDS);
            }
        }
    }

    private final class Hooks implements ConnectionHooks {
        private final Shard shard;

        Hooks(Shard shard) {
            this.shard = shard;
        }

        @Override
        public URI target() {
            return config.websocketUri().orElse(venue.defaultEndpoint());
        }

        @Override
        public java.util.Map<String, String> headers() {
            return venue.handshakeHeaders(config);
        }

        @Override
        public void opened(ManagedConnection connection, boolean reconnect) {
            lane.execute(() -> subs.opened(shard));
        }

        @Override
        public void lost(ManagedConnection connection, ExwireException cause) {
            lane.execute(() -> {
                subs.lost(shard);
                sink.report(cause);
            });
        }

        @Override
        public void gaveUp(ManagedConnection connection, ExwireException cause) {
            lane.execute(() -> {
                sink.report(cause);
                subs.gaveUp(shard, cause);
            });
        }

        @Override
        public void overflow(ManagedConnection connection) {
            if (overflowing.compareAndSet(false, true)) {
                lane.execute(() -> {
                    overflowing.set(false);
                    subs.overflow(shard);
                });
            }
        }

        @Override
        public void lifetimeReached(ManagedConnection connection) {
            lane.execute(() -> subs.replace(shard.id(), "maximum connection lifetime"));
        }

        @Override
        public String ping(long epochMillis) {
            return shard.protocol().ping(pingIds.next(), epochMillis);
        }
    }
}
