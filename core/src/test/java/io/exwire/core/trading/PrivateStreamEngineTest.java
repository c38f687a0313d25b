package io.exwire.core.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.HandlerException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.api.trading.Reconciliation;
import io.exwire.core.testing.ExwireThreads;
import io.exwire.core.testing.FakePrivateRest;
import io.exwire.core.testing.PrivateRecorder;
import io.exwire.core.testing.ToyAccountServer;
import io.exwire.core.testing.ToyPrivateVenue;
import io.exwire.core.testing.ToyPrivateWebsocket;
import io.exwire.core.testing.ToyPublicVenue;
import io.exwire.core.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The private stream engine end to end: a toy venue adapter against a real Helidon websocket server playing the
 * venue's account stream, and a fake signed REST client for reconciliation.
 */
@Timeout(60)
class PrivateStreamEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String KEY = "toy-key-0001";
    private static final String SECRET = "toy-secret-do-not-print";

    private final List<AutoCloseable> resources = new ArrayList<>();
    private ToyAccountServer account;
    private FakePrivateRest rest;
    private ToyPrivateVenue venue;
    private PrivateRecorder rec;

    @BeforeEach
    void start() {
        account = new ToyAccountServer(KEY);
        resources.add(account);
        rest = new FakePrivateRest(account);
        venue = new ToyPrivateVenue(rest);
        rec = new PrivateRecorder();
        account.changeSilently(ToyAccountServer.order("9007199254740993", OrderStatus.NEW, "0"));
        account.changeSilently(ToyAccountServer.balance("USDT", "1000"));
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        ExwireThreads.awaitNoneAlive();
        assertThat(account.ws().handlerFailures()).as("the account simulator itself failed").isEmpty();
    }

    private ToyPrivateWebsocket open(String apiKey) {
        ExchangeConfig config = ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.SPOT)
                .websocketUri(account.uri()).requestTimeout(Duration.ofSeconds(3)).build();
        ToyPrivateWebsocket ws = new ToyPrivateWebsocket(config, Credentials.of(apiKey, SECRET), rec.handlers(), venue);
        resources.add(ws);
        return ws;
    }

    private ExchangeConfig.Builder config() {
        return ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.SPOT).websocketUri(account.uri())
                .requestTimeout(Duration.ofSeconds(3));
    }

    private ToyPrivateWebsocket open(ExchangeConfig config, PrivateWebsocketHandlers handlers) {
        ToyPrivateWebsocket ws = new ToyPrivateWebsocket(config, Credentials.of(KEY, SECRET), handlers, venue);
        resources.add(ws);
        return ws;
    }

    private List<String> transitions() {
        return rec.states().stream().map(c -> c.from() + "->" + c.to()).toList();
    }

    @Test
    @DisplayName("accepted credentials: authenticated, SUBSCRIBED, and reconciliation emits the initial state with reconciled()==true")
    void authAcceptedAndInitialStateReconciled() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);

        ws.initialize().get(15, TimeUnit.SECONDS);

        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(ws.isConnected()).isTrue();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.SUBSCRIBED);
        await().atMost(WAIT).until(() -> rec.reconciliations().size() == 1);
        Reconciliation r = rec.reconciliations().get(0);
        assertThat(r.orders()).isEqualTo(1);
        assertThat(r.balances()).isEqualTo(1);
        assertThat(r.positions()).isZero();
        assertThat(rec.orders()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo("9007199254740993");
            assertThat(o.status()).isEqualTo(OrderStatus.NEW);
            assertThat(o.reconciled()).isTrue();
            assertThat(o.receiveTimestampNanos()).isPositive();
        });
        assertThat(rec.balances()).singleElement().satisfies(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.reconciled()).isTrue();
        });
        assertThat(account.log()).containsSubsequence("peer#1 open", "peer#1 login accepted", "peer#1 sub orders",
                "peer#1 sub balances");
        assertThat(rec.streamGaps()).as("no gap on the first connect").isEmpty();
        assertThat(transitions()).containsExactly("DISCONNECTED->CONNECTING", "CONNECTING->CONNECTED",
                "CONNECTED->AUTHENTICATING", "AUTHENTICATING->AUTHENTICATED", "AUTHENTICATED->SUBSCRIBED");

        account.push(ToyAccountServer.order("9007199254740993", OrderStatus.PARTIALLY_FILLED, "0.5"));
        await().atMost(WAIT).until(() -> rec.orders().size() == 2);
        assertThat(rec.orders().get(1).reconciled()).as("pushed, not reconciled").isFalse();
        assertThat(rec.orders().get(1).filledSize()).hasToString("0.5");
    }

    @Test
    @DisplayName("refused credentials fail initialize with AuthenticationException, stay unauthenticated, and never retry")
    void authRejected() throws Exception {
        ToyPrivateWebsocket ws = open("wrong-key");

        CompletableFuture<Void> ready = ws.initialize();

        assertThatThrownBy(() -> ready.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining(SECRET).hasMessageNotContaining("wrong-key");
        assertThat(ws.isAuthenticated()).isFalse();
        await("no reconnection storm").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> account.ws().upgradeAttempts() == 1 && venue.protocol().prepared() == 1);
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(ws.isAuthenticated()).isFalse();
        assertThat(rec.errors(AuthenticationException.class)).isNotEmpty();
        assertThat(rec.reconciliations()).isEmpty();
        assertThat(rest.calls()).as("no reconciliation without authentication").isEmpty();
        assertThat(transitions()).containsExactly("DISCONNECTED->CONNECTING", "CONNECTING->CONNECTED",
                "CONNECTED->AUTHENTICATING", "AUTHENTICATING->DISCONNECTED");
    }

    @Test
    @DisplayName("after a drop: re-authentication, StreamGap, and an order that changed while disconnected arrives via reconciliation")
    void reconnectReauthenticatesAndReconciles() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        ws.initialize().get(15, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> rec.reconciliations().size() == 1);
        account.ws().holdUpgrades();
        long droppedAt = System.currentTimeMillis();

        account.ws().lastPeer().close(1001, "maintenance");

        await("disconnected and trying to reconnect").atMost(WAIT).until(account.ws()::upgradeWaiting);
        await().atMost(WAIT).until(() -> !ws.isAuthenticated());
        account.changeSilently(ToyAccountServer.order("9007199254740993", OrderStatus.FILLED, "2"));
        account.changeSilently(ToyAccountServer.order("77", OrderStatus.NEW, "0"));
        account.changeSilently(ToyAccountServer.balance("USDT", "799"));
        account.ws().releaseUpgrades();

        await("re-authenticated and reconciled").atMost(WAIT).until(() -> rec.reconciliations().size() == 2);
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(account.ws().peers()).hasSize(2);
        assertThat(account.log()).containsSubsequence("peer#2 open", "peer#2 login accepted");
        Reconciliation second = rec.reconciliations().get(1);
        assertThat(second.orders()).isEqualTo(2);
        assertThat(second.balances()).isEqualTo(1);
        assertThat(rest.calls()).as("the order that left the open list is queried one by one").contains("order 9007199254740993");
        List<Order> filled = rec.orders("9007199254740993");
        assertThat(filled).last().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(o.reconciled()).isTrue();
        });
        assertThat(rec.orders("77")).singleElement().satisfies(o -> assertThat(o.reconciled()).isTrue());
        assertThat(rec.balances()).last().satisfies(b -> assertThat(b.available()).hasToString("799"));
        assertThat(rec.streamGaps()).singleElement().satisfies(g -> {
            assertThat(g.reason()).isEqualTo("reconnect");
            assertThat(g.fromEpochMillis()).isBetween(droppedAt - 1000, g.toEpochMillis());
        });
        assertThat(transitions()).endsWith("SUBSCRIBED->RECONNECTING", "RECONNECTING->CONNECTING",
                "CONNECTING->CONNECTED", "CONNECTED->AUTHENTICATING", "AUTHENTICATING->AUTHENTICATED",
                "AUTHENTICATED->SUBSCRIBED");
        assertThat(ws.performanceMetrics().snapshot().reconnects()).isEqualTo(1);

        account.push(ToyAccountServer.order("77", OrderStatus.CANCELED, "0"));
        await().atMost(WAIT).until(() -> rec.orders("77").size() == 2);
        assertThat(rec.orders("77").get(1).reconciled()).isFalse();
    }

    @Test
    @DisplayName("a venue session notice makes the engine reconnect, log in again and reconcile")
    void reconnectRequired() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        ws.initialize().get(15, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> rec.reconciliations().size() == 1);

        account.ws().lastPeer().send("{\"notice\":\"relogin\"}");

        await().atMost(WAIT).until(() -> rec.reconciliations().size() == 2 && ws.isAuthenticated());
        assertThat(account.log()).contains("peer#2 login accepted");
        assertThat(rec.states()).anySatisfy(c -> assertThat(c.reason()).isEqualTo("session expired"));
    }

    @Test
    @DisplayName("malformed frames and throwing handlers are reported; the authenticated connection stays up")
    void errorsAreContained() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        ws.initialize().get(15, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> rec.reconciliations().size() == 1);
        IllegalStateException bug = new IllegalStateException("application bug");
        rec.orderHook(o -> {
            if (o.status() == OrderStatus.PARTIALLY_FILLED) {
                throw bug;
            }
        });
        WsTestServer.Peer peer = account.ws().lastPeer();

        peer.send("{\"ch\":\"order\",\"oid\":");
        account.push(ToyAccountServer.order("9007199254740993", OrderStatus.PARTIALLY_FILLED, "1"));
        account.push(ToyAccountServer.order("9007199254740993", OrderStatus.FILLED, "2"));

        await().atMost(WAIT).until(() -> rec.orders().size() == 3);
        assertThat(rec.errors(ProtocolException.class)).hasSize(1);
        assertThat(rec.errors(HandlerException.class)).singleElement().satisfies(e -> assertThat(e.getCause()).isSameAs(bug));
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(account.ws().peers()).hasSize(1);
        assertThat(ws.performanceMetrics().snapshot().channels().get("ORDERS").messages()).isEqualTo(3);
    }

    @Test
    @DisplayName("close() closes the connection, releases the session, closes REST and leaves no exwire thread running")
    void closeStopsEverything() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        ws.initialize().get(15, TimeUnit.SECONDS);
        assertThat(ExwireThreads.alive()).isNotEmpty();

        ws.close();

        ExwireThreads.awaitNoneAlive();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.CLOSED);
        assertThat(ws.isAuthenticated()).isFalse();
        assertThat(ws.isConnected()).isFalse();
        assertThat(venue.protocol().released()).isTrue();
        assertThat(rest.closed()).isTrue();
        await().atMost(WAIT).until(() -> account.ws().lastPeer().isClosed());
        assertThat(account.ws().lastPeer().closeCode()).isEqualTo(1000);
        assertThatThrownBy(ws::initialize).isInstanceOf(IllegalStateException.class);
        ws.close();
    }

    @Test
    @DisplayName("a configuration for another market is refused before anything starts")
    void wrongMarketRefused() {
        ExchangeConfig futures = ExchangeConfig.builder(ToyPublicVenue.ID, MarketType.FUTURES)
                .websocketUri(account.uri()).build();

        assertThatThrownBy(() -> new ToyPrivateWebsocket(futures, Credentials.of(KEY, SECRET), rec.handlers(), venue))
                .isInstanceOf(ConfigurationException.class).hasMessage("config market FUTURES does not match SPOT");
        assertThat(account.ws().upgradeAttempts()).isZero();
    }

    @Test
    @DisplayName("initialize may be called once; a second call fails without disturbing the first")
    void initializeOnlyOnce() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        CompletableFuture<Void> first = ws.initialize();

        assertThatThrownBy(ws::initialize).isInstanceOf(IllegalStateException.class)
                .hasMessage("initialize may be called once");
        first.get(15, TimeUnit.SECONDS);
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(account.ws().upgradeAttempts()).isEqualTo(1);
        assertThat(ws).hasToString("ToyPrivateWebsocket[toy SPOT, SUBSCRIBED, authenticated]");
    }

    @Test
    @DisplayName("frames of unknown channels and binary frames the protocol does not read are counted as unknown, not errors")
    void unknownFramesAreCounted() throws Exception {
        ToyPrivateWebsocket ws = open(KEY);
        ws.initialize().get(15, TimeUnit.SECONDS);
        WsTestServer.Peer peer = account.ws().lastPeer();

        peer.send("{\"ch\":\"kline\",\"t\":1}");
        peer.sendBinary(new byte[]{1, 2, 3});

        await().atMost(WAIT).until(() -> ws.performanceMetrics().snapshot().unknownChannel() == 2);
        assertThat(rec.errors()).isEmpty();
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(account.ws().peers()).hasSize(1);
    }

    @Test
    @DisplayName("a refused channel subscription fails initialize with that refusal and reports it; no reconciliation runs")
    void refusedSubscriptionFailsInitialize() {
        account.answerSubscriptions("balances", "refuse");
        ToyPrivateWebsocket ws = open(KEY);

        CompletableFuture<Void> ready = ws.initialize();

        assertThatThrownBy(() -> ready.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(SubscriptionRejectedException.class,
                        e -> assertThat(e.venueCode()).isEqualTo("NO_PERMISSION"));
        assertThat(rec.errors(SubscriptionRejectedException.class)).hasSize(1);
        assertThat(ws.isAuthenticated()).as("the credentials were accepted").isTrue();
        assertThat(rec.reconciliations()).isEmpty();
        assertThat(rest.calls()).isEmpty();
    }

    @Test
    @DisplayName("an opening request left unanswered past the request timeout is reported and the connection is re-established")
    void unansweredSubscriptionReconnects() {
        account.answerSubscriptions("orders", "ignore");
        ToyPrivateWebsocket ws = open(config().requestTimeout(Duration.ofMillis(500)).build(), rec.handlers());

        ws.initialize();

        await().atMost(WAIT).until(() -> !rec.errors(RequestTimeoutException.class).isEmpty()
                && account.ws().peers().size() >= 2);
        assertThat(rec.errors(RequestTimeoutException.class).get(0))
                .hasMessage("toy SPOT did not answer authentication/subscription within PT0.5S");
        assertThat(rec.states()).anySatisfy(c -> {
            assertThat(c.to()).isEqualTo(ConnectionState.RECONNECTING);
            assertThat(c.reason()).isEqualTo("authentication or subscription not answered in time");
        });
        assertThat(rec.reconciliations()).isEmpty();
    }

    @Test
    @DisplayName("throwing reconciliation, stream-gap and state handlers are reported as HandlerException; the stream keeps working")
    void throwingHandlersAreReported() throws Exception {
        AtomicInteger reconciled = new AtomicInteger();
        AtomicInteger gaps = new AtomicInteger();
        List<ExwireException> errors = new CopyOnWriteArrayList<>();
        PrivateWebsocketHandlers handlers = PrivateWebsocketHandlers.builder()
                .onReconciled(r -> {
                    reconciled.incrementAndGet();
                    throw new IllegalStateException("reconciliation handler bug");
                })
                .onStreamGap(g -> {
                    gaps.incrementAndGet();
                    throw new IllegalStateException("stream-gap handler bug");
                })
                .onConnectionState(c -> {
                    throw new IllegalStateException("state listener bug");
                })
                .onError(errors::add)
                .build();
        ToyPrivateWebsocket ws = open(config().build(), handlers);
        ws.initialize().get(15, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> reconciled.get() == 1);

        account.ws().lastPeer().send("{\"notice\":\"relogin\"}");

        await().atMost(WAIT).until(() -> reconciled.get() == 2 && gaps.get() == 1);
        await().atMost(WAIT).until(() -> messages(errors).contains("the stream-gap handler threw"));
        assertThat(messages(errors)).contains("the reconciliation handler threw", "the connection-state listener threw");
        assertThat(errors).filteredOn(e -> e instanceof HandlerException)
                .allSatisfy(e -> assertThat(e.getCause()).isInstanceOf(IllegalStateException.class));
        assertThat(ws.isAuthenticated()).isTrue();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.SUBSCRIBED);
    }

    private static List<String> messages(List<ExwireException> errors) {
        return errors.stream().map(Throwable::getMessage).toList();
    }

    @Test
    @DisplayName("an error handler that throws does not break the engine: it still subscribes and delivers")
    void throwingErrorHandlerIsContained() throws Exception {
        AtomicInteger errorCalls = new AtomicInteger();
        List<Order> orders = new CopyOnWriteArrayList<>();
        PrivateWebsocketHandlers handlers = PrivateWebsocketHandlers.builder()
                .onOrder(orders::add)
                .onConnectionState(c -> {
                    throw new IllegalStateException("state listener bug");
                })
                .onError(e -> {
                    errorCalls.incrementAndGet();
                    throw new IllegalStateException("error handler bug");
                })
                .build();
        ToyPrivateWebsocket ws = open(config().build(), handlers);

        ws.initialize().get(15, TimeUnit.SECONDS);
        account.push(ToyAccountServer.order("9007199254740993", OrderStatus.PARTIALLY_FILLED, "0.5"));

        await().atMost(WAIT).until(() -> orders.size() == 2);
        assertThat(errorCalls).hasPositiveValue();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.SUBSCRIBED);
        assertThat(orders.get(1).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    }

    @Test
    @DisplayName("a connection reaching its maximum lifetime is replaced: it logs in again and reconciles")
    void lifetimeRecyclesTheConnection() {
        ToyPrivateWebsocket ws = open(config().maxConnectionLifetime(Duration.ofMillis(700)).build(), rec.handlers());

        ws.initialize();

        await().atMost(WAIT).until(() -> rec.reconciliations().size() >= 2 && account.ws().peers().size() >= 2);
        assertThat(rec.states()).anySatisfy(c -> assertThat(c.reason()).isEqualTo("maximum connection lifetime"));
        assertThat(account.log()).contains("peer#2 login accepted");
    }
}
