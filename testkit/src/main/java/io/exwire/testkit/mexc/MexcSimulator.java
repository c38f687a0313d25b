package io.exwire.testkit.mexc;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Faults;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.SimulatedLedger;
import io.exwire.testkit.market.SimulatedMarket;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A simulated MEXC market on loopback: spot v3 (WebSocket {@code /ws} with binary protobuf pushes, REST
 * {@code /api/v3}) or futures (WebSocket {@code /edge} with JSON, REST {@code /api/v1}), backed by the seeded
 * {@link SimulatedMarket} and a {@link SimulatedLedger} of registered accounts whose signatures are verified.
 *
 * <p>The WebSocket port is a TCP relay in front of the HTTP server so faults can reset or freeze connections below
 * the WebSocket layer; {@link #restUri()} points at the HTTP server directly.
 *
 * <p><b>Lifecycle.</b> Construct, {@link #start()}, use, {@link #close()} (stops the server, relay, streaming and
 * timer threads). Not restartable. <b>Threading.</b> All methods are thread-safe; {@link #tick} pushes on the
 * calling thread's behalf through per-connection writer threads.
 */
public final class MexcSimulator implements VenueSimulator {

    private static final ExchangeId MEXC = ExchangeId.of("mexc");

    private final MarketType marketType;
    private final SimulatedMarket market;
    private final SimulatedLedger ledger;
    private final SimContext ctx;
    private final MexcVenue venue;
    private final MarketDriver driver;
    private final MexcFaults faults;
    private volatile WebServer server;
    private volatile LoopbackRelay relay;
    private ScheduledExecutorService housekeeper;
    private boolean started;
    private boolean closed;

    /**
     * Creates a simulator with the venue's documented timers and limits.
     *
     * @param market spot or futures
     * @param seed the seed of the deterministic market
     */
    public MexcSimulator(MarketType market, long seed) {
        this(market, seed, MexcSimulatorConfig.defaults());
    }

    /**
     * Creates a simulator.
     *
     * @param market spot or futures
     * @param seed the seed of the deterministic market
     * @param config timers and limits
     */
    public MexcSimulator(MarketType market, long seed, MexcSimulatorConfig config) {
        this.marketType = Objects.requireNonNull(market, "market");
        this.market = new SimulatedMarket(market, InstrumentSpec.defaults(market), seed, Clock.systemUTC());
        this.ledger = new SimulatedLedger(this.market);
        FaultState faultState = new FaultState();
        this.ctx = new SimContext(this.market, ledger, new VenueSymbols(market, this.market.symbols()),
                Objects.requireNonNull(config, "config"), faultState,
                new MexcAccounts(ledger, market, this.market.specs()));
        this.venue = market == MarketType.SPOT ? new SpotVenue(ctx, seed) : new FuturesVenue(ctx);
        this.ledger.addListener(venue::onLedgerEvent);
        this.driver = new MarketDriver(this.market, () -> venue.sessions().watched(this.market.symbols()),
                venue::publish);
        this.faults = new MexcFaults(faultState, venue, this.market, () -> relay);
    }

    @Override
    public ExchangeId exchange() {
        return MEXC;
    }

    @Override
    public MarketType market() {
        return marketType;
    }

    @Override
    public synchronized MexcSimulator start() {
        if (started || closed) {
            throw new IllegalStateException("a simulator starts once");
        }
        started = true;
        server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                .connectionOptions(o -> o.tcpNoDelay(true))
                .shutdownGracePeriod(Duration.ofMillis(100))
                .routing(venue::routes)
                .addRouting(WsRouting.builder().endpoint(venue.websocketPath(), venue::newListener))
                .build().start();
        relay = new LoopbackRelay(server.port(), venue.sessions()::endByPeerPort).start();
        housekeeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("mexc-sim-timers").factory());
        long period = ctx.config().housekeepingInterval().toMillis();
        housekeeper.scheduleAtFixedRate(() -> venue.sessions().housekeep(ctx.now()), period, period,
                TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public URI websocketUri() {
        return URI.create("ws://127.0.0.1:" + requireStarted().port() + venue.websocketPath());
    }

    @Override
    public URI restUri() {
        requireStarted();
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public Set<Symbol> listedSymbols() {
        return market.symbols();
    }

    /**
     * @param symbol a listed symbol
     * @return its MEXC spelling: {@code BTCUSDT} on spot, {@code BTC_USDT} on futures
     */
    public String venueSymbol(Symbol symbol) {
        return ctx.symbols().name(symbol);
    }

    /** @return the timers and limits in force */
    public MexcSimulatorConfig config() {
        return ctx.config();
    }

    @Override
    public SimulatedAccount addAccount(String apiKey, String apiSecret, String userId) {
        return ctx.accounts().add(apiKey, apiSecret, userId);
    }

    @Override
    public SimulatedAccount account(String apiKey) {
        MexcAccount account = ctx.accounts().byKey(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("no account with API key " + apiKey);
        }
        return account;
    }

    @Override
    public void tick(int events) {
        driver.tick(events);
    }

    @Override
    public void stream(int eventsPerSecond) {
        driver.stream(eventsPerSecond);
    }

    @Override
    public OrderBookSnapshot book(Symbol symbol, int depth) {
        return market.snapshot(symbol, depth);
    }

    @Override
    public Faults faults() {
        return faults;
    }

    @Override
    public int openConnections() {
        return venue.sessions().size();
    }

    @Override
    public int activeSubscriptions() {
        return venue.sessions().activeSubscriptions();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        driver.close();
        if (housekeeper != null) {
            housekeeper.shutdownNow();
        }
        if (relay != null) {
            relay.close();
        }
        if (server != null) {
            server.stop();
        }
        venue.sessions().forEach(session -> session.link().stop());
    }

    private LoopbackRelay requireStarted() {
        LoopbackRelay r = relay;
        if (r == null) {
            throw new IllegalStateException("call start() first");
        }
        return r;
    }
}
