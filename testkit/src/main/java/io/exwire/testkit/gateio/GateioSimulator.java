package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.Faults;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.market.MarketStep;
import io.exwire.testkit.market.SimulatedLedger;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.SimulatedMarket;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Gate.io API v4 simulator for spot or USDT perpetual futures: one Helidon WebServer on {@code 127.0.0.1:0}
 * serving the WebSocket API at the venue's path ({@code /ws/v4/} spot, {@code /v4/ws/usdt} futures) and the REST API
 * under {@code /api/v4}, backed by a seeded {@link SimulatedMarket} and a {@link SimulatedLedger}.
 *
 * <p>Beyond {@link VenueSimulator}: {@link #trade} (a taker trade through the book, filling crossed resting orders),
 * {@link #pushFullBook} (a {@code full:true} book push), {@link #pingClients}/{@link #pongsReceived} (protocol
 * pings), and access to the underlying {@link #simulatedMarket()} and {@link #ledger()}.
 *
 * <p><b>Lifecycle.</b> Construct, {@link #start()}, use, {@link #close()}; not restartable. <b>Threading.</b> All
 * methods are thread-safe; market steps are serialized by one publish lock, so every subscriber sees book deltas in
 * update-id order.
 */
public final class GateioSimulator implements VenueSimulator {

    private final MarketType marketType;
    private final SimulatedMarket market;
    private final SimulatedLedger ledger;
    private final GateioFaultState faultState = new GateioFaultState();
    private final GateioCredentials credentials = new GateioCredentials(faultState);
    private final GateioConnections connections = new GateioConnections();
    private final GateioPublisher publisher;
    private final GateioRequestHandler requests;
    private final GateioFaults faults;
    private final Map<String, GateioAccount> accounts = new ConcurrentHashMap<>();
    private final Object publishLock = new Object();
    private final Object lifecycle = new Object();
    private WebServer server;
    private GateioStreamer streamer;
    private boolean closed;

    /**
     * @param market spot or futures (USDT perpetuals)
     * @param seed the seed of the simulated market
     */
    public GateioSimulator(MarketType market, long seed) {
        this(market, seed, InstrumentSpec.defaults(market));
    }

    /**
     * A simulator listing the given instruments (e.g. a hundred for load tests).
     *
     * @param market spot or futures (USDT perpetuals)
     * @param seed the seed of the simulated market
     * @param instruments the instruments listed, all of {@code market}
     */
    public GateioSimulator(MarketType market, long seed, java.util.List<InstrumentSpec> instruments) {
        this.marketType = market;
        this.market = new SimulatedMarket(market, instruments, seed, java.time.Clock.systemUTC());
        this.ledger = new SimulatedLedger(this.market);
        this.publisher = new GateioPublisher(this.market, connections, faultState);
        this.requests = new GateioRequestHandler(this, new GateioPayloads(this.market));
        this.faults = new GateioFaults(this, faultState);
        ledger.addListener(publisher::publishPrivate);
    }

    @Override
    public ExchangeId exchange() {
        return ExchangeId.of("gateio");
    }

    @Override
    public MarketType market() {
        return marketType;
    }

    /** @return the WebSocket path of this market */
    public String websocketPath() {
        return marketType == MarketType.SPOT ? "/ws/v4/" : "/v4/ws/usdt";
    }

    @Override
    public GateioSimulator start() {
        synchronized (lifecycle) {
            if (server != null || closed) {
                throw new IllegalStateException("already started or closed");
            }
            HttpRouting.Builder http = HttpRouting.builder();
            new GateioRestPublic(this).register(http);
            new GateioRestPrivate(this).register(http);
            server = WebServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .shutdownHook(false)
                    .connectionOptions(o -> o.tcpNoDelay(true))
                    .routing(http)
                    .addRouting(WsRouting.builder().endpoint(websocketPath(), () -> new GateioConnection(this)))
                    .build()
                    .start();
            return this;
        }
    }

    private int port() {
        synchronized (lifecycle) {
            if (server == null) {
                throw new IllegalStateException("not started");
            }
            return server.port();
        }
    }

    @Override
    public URI websocketUri() {
        return URI.create("ws://127.0.0.1:" + port() + websocketPath());
    }

    @Override
    public URI restUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public Set<Symbol> listedSymbols() {
        return market.symbols();
    }

    /**
     * Registers an account with default balances (spot: 1,000,000 USDT, 10 BTC, 100 ETH, 1,000 SOL; futures:
     * 1,000,000 USDT).
     *
     * @param apiKey the key
     * @param apiSecret the secret
     * @param userId the numeric Gate.io user id
     * @return the account
     * @throws IllegalArgumentException if the user id is not a number or the key is taken
     */
    @Override
    public SimulatedAccount addAccount(String apiKey, String apiSecret, String userId) {
        Long.parseLong(userId);
        if (accounts.containsKey(apiKey)) {
            throw new IllegalArgumentException("key already registered: " + apiKey);
        }
        Map<String, Decimal> balances = marketType == MarketType.SPOT
                ? Map.of("USDT", Decimal.ofLong(1_000_000), "BTC", Decimal.ofLong(10), "ETH", Decimal.ofLong(100),
                "SOL", Decimal.ofLong(1000))
                : Map.of("USDT", Decimal.ofLong(1_000_000));
        ledger.addAccount(userId, balances);
        credentials.add(new GateioCredentials.Key(apiKey, apiSecret, userId));
        GateioAccount account = new GateioAccount(apiKey, userId, ledger);
        accounts.put(apiKey, account);
        return account;
    }

    @Override
    public SimulatedAccount account(String apiKey) {
        GateioAccount account = accounts.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("unknown key " + apiKey);
        }
        return account;
    }

    @Override
    public void tick(int events) {
        List<Symbol> among = subscribedSymbols();
        for (int i = 0; i < events; i++) {
            synchronized (publishLock) {
                publisher.publish(market.step(among));
            }
        }
    }

    private List<Symbol> subscribedSymbols() {
        List<Symbol> out = new ArrayList<>();
        for (Symbol s : market.symbols()) {
            String name = GateioJson.venueSymbol(s);
            if (connections.all().stream().anyMatch(c -> c.subscriptions().mentions(name))) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Executes a taker trade through the book and pushes it (resting own orders it crosses fill as maker).
     *
     * @param symbol the symbol
     * @param takerSide the taker side
     * @param size the size
     * @return the step that was pushed
     */
    public MarketStep trade(Symbol symbol, Side takerSide, Decimal size) {
        synchronized (publishLock) {
            MarketStep step = market.takerTrade(symbol, takerSide, size);
            publisher.publish(step);
            return step;
        }
    }

    /**
     * Pushes a {@code full:true} {@code order_book_update} with the whole book to the symbol's subscribers.
     *
     * @param symbol the symbol
     */
    public void pushFullBook(Symbol symbol) {
        synchronized (publishLock) {
            publisher.publishFullBook(symbol);
        }
    }

    /** Sends an RFC 6455 ping frame to every client (the venue pings its clients). */
    public void pingClients() {
        connections.forEach(c -> c.outbound().ping());
    }

    /** @return protocol pongs received from the currently open connections */
    public long pongsReceived() {
        return connections.pongsReceived();
    }

    @Override
    public void stream(int eventsPerSecond) {
        synchronized (lifecycle) {
            if (streamer != null) {
                streamer.stop();
                streamer = null;
            }
            if (eventsPerSecond > 0 && !closed) {
                streamer = new GateioStreamer(this::tick, eventsPerSecond);
                streamer.start();
            }
        }
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
        return connections.count();
    }

    @Override
    public int activeSubscriptions() {
        return connections.subscriptions();
    }

    /** @return the simulated market behind this venue */
    public SimulatedMarket simulatedMarket() {
        return market;
    }

    /** @return the ledger behind this venue's accounts */
    public SimulatedLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        stream(0);
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            connections.forEach(c -> c.outbound().stop());
            if (server != null) {
                server.stop();
            }
        }
    }

    void subscribe(GateioConnection c, JsonNode req, List<GateioTopic> topics) {
        synchronized (publishLock) {
            c.send(GateioJson.write(GateioEnvelopes.reply(req, c.connId(), nowMillis(), 0, "")));
            for (GateioTopic t : topics) {
                c.subscriptions().add(t.channel(), t.name(), t.value());
                if (t.channel().endsWith(".obu")) {
                    int depth = Integer.parseInt(t.name().substring(t.name().lastIndexOf('.') + 1));
                    Symbol symbol = GateioJson.parseSymbol(t.value());
                    c.send(publisher.renderer().obu(publisher.fullDelta(symbol, depth), t.name(), true));
                }
            }
        }
    }

    void skipUpdateId(Symbol symbol) {
        synchronized (publishLock) {
            market.book(symbol).skipUpdateId();
        }
    }

    long nowMillis() {
        return market.nowMillis();
    }

    String prefix() {
        return marketType == MarketType.SPOT ? "spot" : "futures";
    }

    GateioFaultState faultState() {
        return faultState;
    }

    GateioConnections connections() {
        return connections;
    }

    GateioRequestHandler requests() {
        return requests;
    }

    GateioCredentials credentials() {
        return credentials;
    }

    Object publishLock() {
        return publishLock;
    }
}
