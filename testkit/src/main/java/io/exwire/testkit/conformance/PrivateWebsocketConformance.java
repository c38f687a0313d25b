package io.exwire.testkit.conformance;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.ReconnectPolicy;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.BasePrivateComposite;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.OrderStatus;
import io.exwire.core.Exchanges;
import io.exwire.testkit.Await;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.VenueSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The private-websocket conformance kit: authentication, account events, reconciliation across reconnects and
 * secret hygiene, against the venue's simulator, through {@link Exchanges}. An exchange module adopts it with a short
 * subclass.
 */
@Timeout(60)
public abstract class PrivateWebsocketConformance {

    /** The bound of every wait in this kit. */
    protected static final Duration BOUND = Duration.ofSeconds(20);
    /** The registered API key. */
    protected static final String KEY = "conformance-key-7f3a";
    /** The registered API secret; must never appear in output. */
    protected static final String SECRET = "conformance-secret-do-not-print-91c2";
    /** The registered user id. */
    protected static final String USER_ID = "10001";

    private VenueSimulator sim;
    private BasePrivateWebsocket ws;
    private EventRecorder events;
    private SimulatedAccount account;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(String.valueOf(r.getMessage()) + " " + r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** @return the market under test */
    protected abstract MarketType market();

    /**
     * @param market the market
     * @return a new, started simulator
     */
    protected abstract VenueSimulator startSimulator(MarketType market);

    /** @return capabilities; default: everything, minus positions for spot */
    protected Set<Capability> capabilities() {
        Set<Capability> all = EnumSet.allOf(Capability.class);
        if (market() == MarketType.SPOT) {
            all.remove(Capability.POSITIONS);
        }
        return all;
    }

    @BeforeEach
    void startVenue() {
        Logger.getLogger("").addHandler(capture);
        sim = startSimulator(market());
        account = sim.addAccount(KEY, SECRET, USER_ID);
        events = new EventRecorder(10);
    }

    @AfterEach
    void stopAll() {
        if (ws != null) {
            ws.close();
        }
        sim.close();
        Logger.getLogger("").removeHandler(capture);
    }

    private ExchangeConfig config(Duration initialBackoff) {
        return ExchangeConfig.builder(sim.exchange(), market())
                .websocketUri(sim.websocketUri())
                .restUri(sim.restUri())
                .reconnectPolicy(new ReconnectPolicy(initialBackoff, initialBackoff.multipliedBy(2), 0, 50,
                        Duration.ofSeconds(1)))
                .build();
    }

    private void start(Credentials credentials, Duration backoff) {
        ws = Exchanges.privateWebsocket(config(backoff), credentials, events.privateHandlers());
    }

    private Symbol symbol() {
        List<Symbol> listed = new ArrayList<>(sim.listedSymbols());
        listed.sort((a, b) -> a.toString().compareTo(b.toString()));
        return listed.get(0);
    }

    private Decimal farPrice() {
        return sim.book(symbol(), 1).bids().get(0).price();
    }

    @Test
    @DisplayName("private initialize takes no parameters and authenticates: isAuthenticated() and SUBSCRIBED")
    void authenticatesWithoutSymbols() throws NoSuchMethodException {
        assertThat(BasePrivateWebsocket.class.getMethod("initialize").getParameterCount()).isZero();
        start(Credentials.of(KEY, SECRET).withAccountId(USER_ID), Duration.ofMillis(50));
        Await.result(ws.initialize(), BOUND);
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.SUBSCRIBED);
    }

    @Test
    @DisplayName("wrong credentials give AuthenticationException, isAuthenticated() false, and no retry storm")
    void wrongCredentialsFail() throws InterruptedException {
        start(Credentials.of(KEY, "wrong-secret").withAccountId(USER_ID), Duration.ofMillis(20));
        CompletableFuture<Void> init = ws.initialize();
        try {
            init.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("initialize must fail with wrong credentials");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("initialize neither failed nor completed", e);
        }
        assertThat(ws.isAuthenticated()).isFalse();
        Await.until("component stopped reconnecting", BOUND,
                () -> ws.connectionState() == ConnectionState.DISCONNECTED);
        long connects = events.states.stream().filter(c -> c.to() == ConnectionState.CONNECTING).count();
        assertThat(connects).as("connection attempts after an authentication failure").isLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("an order placed, partially filled and filled arrives as order, own-trade and balance events")
    void orderLifecycleArrives() {
        start(Credentials.of(KEY, SECRET).withAccountId(USER_ID), Duration.ofMillis(50));
        Await.result(ws.initialize(), BOUND);
        String id = account.placeLimit(symbol(), Side.BUY, farPrice(), Decimal.parse("2"));
        EventRecorder.awaitMatch("new order", events.orders,
                o -> o.orderId().equals(id) && o.status() == OrderStatus.NEW, BOUND);
        account.fill(id, Decimal.parse("1"));
        EventRecorder.awaitMatch("partial fill", events.orders,
                o -> o.orderId().equals(id) && o.status() == OrderStatus.PARTIALLY_FILLED, BOUND);
        account.fill(id, Decimal.parse("1"));
        EventRecorder.awaitMatch("filled", events.orders,
                o -> o.orderId().equals(id) && o.status() == OrderStatus.FILLED, BOUND);
        EventRecorder.awaitMatch("own trade", events.ownTrades, t -> t.orderId().equals(id), BOUND);
        EventRecorder.awaitMatch("balance change", events.balances, b -> !b.reconciled(), BOUND);
    }

    @Test
    @DisplayName("futures fills move the position, delivered as position events")
    void positionsMove() {
        assumeTrue(capabilities().contains(Capability.POSITIONS), "no positions on this market");
        start(Credentials.of(KEY, SECRET).withAccountId(USER_ID), Duration.ofMillis(50));
        Await.result(ws.initialize(), BOUND);
        String id = account.placeLimit(symbol(), Side.BUY, farPrice(), Decimal.parse("3"));
        account.fill(id, Decimal.parse("3"));
        EventRecorder.awaitMatch("position", events.positions,
                p -> p.symbol().equals(symbol()) && p.size().compareTo(Decimal.parse("3")) == 0, BOUND);
    }

    @Test
    @DisplayName("changes made while disconnected are reconciled after reconnect: none lost; re-authenticated")
    void nothingLostAcrossReconnect() {
        ws = Exchanges.privateWebsocket(config(Duration.ofMillis(50)).toBuilder()
                        .heartbeatInterval(Duration.ofMillis(300)).livenessTimeout(Duration.ofMillis(900)).build(),
                Credentials.of(KEY, SECRET).withAccountId(USER_ID), events.privateHandlers());
        Await.result(ws.initialize(), BOUND);
        String id = account.placeLimit(symbol(), Side.BUY, farPrice(), Decimal.parse("1"));
        EventRecorder.awaitMatch("new order", events.orders, o -> o.orderId().equals(id), BOUND);
        sim.faults().halfOpen();
        account.fill(id, Decimal.parse("1"));
        EventRecorder.awaitMatch("the fill, reconciled over REST after the dead connection was replaced",
                events.orders, o -> o.orderId().equals(id) && o.status() == OrderStatus.FILLED && o.reconciled(), BOUND);
        Await.until("re-authenticated and reconciled twice", BOUND,
                () -> ws.isAuthenticated() && events.reconciliations.size() >= 2);
        assertThat(events.streamGaps).isNotEmpty();
        assertThat(events.orders.stream().filter(o -> o.orderId().equals(id) && o.status() == OrderStatus.FILLED
                && !o.reconciled())).as("the push on the dead connection never arrived").isEmpty();
    }

    @Test
    @DisplayName("through the private composite, an order placed over signed REST arrives new, fills, and a cancel arrives canceled")
    void restOrderLifecycleThroughComposite() {
        try (BasePrivateComposite<? extends PrivateRestClient, ? extends BasePrivateWebsocket> composite =
                     Exchanges.privateComposite(config(Duration.ofMillis(50)),
                             Credentials.of(KEY, SECRET).withAccountId(USER_ID), events.privateHandlers())) {
            Await.result(composite.startWebsocket(), BOUND);
            Decimal size = market() == MarketType.SPOT ? Decimal.parse("0.01") : Decimal.parse("1");
            Order placed = composite.rest().placeOrder(OrderRequest.limit(symbol(), Side.BUY, farPrice(), size));
            EventRecorder.awaitMatch("the REST order on the stream", events.orders,
                    o -> o.orderId().equals(placed.orderId()) && o.status() == OrderStatus.NEW, BOUND);
            account.fill(placed.orderId(), size);
            EventRecorder.awaitMatch("its fill on the stream", events.orders,
                    o -> o.orderId().equals(placed.orderId()) && o.status() == OrderStatus.FILLED, BOUND);
            EventRecorder.awaitMatch("its own trade", events.ownTrades, t -> t.orderId().equals(placed.orderId()), BOUND);
            Order second = composite.rest().placeOrder(OrderRequest.limit(symbol(), Side.BUY, farPrice(), size));
            assertThat(composite.rest().openOrders(java.util.Optional.of(symbol())))
                    .anyMatch(o -> o.orderId().equals(second.orderId()));
            composite.rest().cancelOrder(symbol(), second.orderId());
            EventRecorder.awaitMatch("the cancel on the stream", events.orders,
                    o -> o.orderId().equals(second.orderId()) && o.status() == OrderStatus.CANCELED, BOUND);
            assertThat(composite.rest().balances()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("a malformed frame is reported as ProtocolException and the connection stays up")
    void malformedFrameKeepsConnection() {
        start(Credentials.of(KEY, SECRET).withAccountId(USER_ID), Duration.ofMillis(50));
        Await.result(ws.initialize(), BOUND);
        sim.faults().sendMalformedFrame();
        Await.until("protocol error", BOUND, () -> !events.errorsOf(ProtocolException.class).isEmpty());
        assertThat(ws.isAuthenticated()).isTrue();
    }

    @Test
    @DisplayName("secrets never appear in toString, logs or exception messages")
    void secretsNeverShow() {
        Credentials creds = Credentials.of(KEY, SECRET).withAccountId(USER_ID);
        assertThat(creds.toString()).doesNotContain(SECRET).doesNotContain(KEY).contains("REDACTED");
        start(creds, Duration.ofMillis(50));
        Await.result(ws.initialize(), BOUND);
        assertThat(ws.toString()).doesNotContain(SECRET);
        BasePrivateWebsocket wrong = Exchanges.privateWebsocket(config(Duration.ofMillis(20)),
                Credentials.of(KEY, SECRET + "x").withAccountId(USER_ID), events.privateHandlers());
        try {
            assertThatThrownBy(() -> wrong.initialize().get(BOUND.toMillis(), TimeUnit.MILLISECONDS))
                    .hasCauseInstanceOf(AuthenticationException.class);
        } finally {
            wrong.close();
        }
        events.errors.forEach(e -> assertThat(String.valueOf(e.getMessage()) + e.getCause()).doesNotContain(SECRET));
        synchronized (logged) {
            logged.forEach(line -> assertThat(line).doesNotContain(SECRET));
        }
    }
}
