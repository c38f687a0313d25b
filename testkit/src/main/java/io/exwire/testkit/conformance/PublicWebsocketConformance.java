package io.exwire.testkit.conformance;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.ReconnectPolicy;
import io.exwire.api.exception.FrameTooLargeException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.BasePublicComposite;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.Exchanges;
import io.exwire.testkit.Await;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public-websocket conformance kit. An exchange module adopts it with a short subclass naming its market and
 * starting its simulator; every test states its rule in its display name and runs against the real component
 * created through {@link Exchanges}, talking to the simulator over loopback. A capability the venue lacks makes its
 * test skip.
 */
@Timeout(60)
public abstract class PublicWebsocketConformance {

    /** The bound of every wait in this kit. */
    protected static final Duration BOUND = Duration.ofSeconds(20);

    private VenueSimulator sim;
    private BasePublicWebsocket ws;
    private EventRecorder events;

    /** @return the market under test */
    protected abstract MarketType market();

    /**
     * @param market the market
     * @return a new, started simulator of this venue market
     */
    protected abstract VenueSimulator startSimulator(MarketType market);

    /** @return what this venue market offers; default: everything */
    protected Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    /** @return channels to subscribe, from the capabilities */
    protected Set<PublicChannel> channels() {
        Set<PublicChannel> c = EnumSet.noneOf(PublicChannel.class);
        Set<Capability> caps = capabilities();
        if (caps.contains(Capability.ORDER_BOOK)) {
            c.add(PublicChannel.ORDER_BOOK);
        }
        if (caps.contains(Capability.TRADES)) {
            c.add(PublicChannel.TRADES);
        }
        if (caps.contains(Capability.BOOK_TICKER)) {
            c.add(PublicChannel.BOOK_TICKER);
        }
        if (caps.contains(Capability.TICKER)) {
            c.add(PublicChannel.TICKER);
        }
        return c;
    }

    /**
     * Lets a subclass adjust the configuration (e.g. venue options).
     *
     * @param builder the builder pointed at the simulator
     * @return the builder
     */
    protected ExchangeConfig.Builder configure(ExchangeConfig.Builder builder) {
        return builder;
    }

    @BeforeEach
    void startVenue() {
        sim = startSimulator(market());
        events = new EventRecorder(10);
    }

    @AfterEach
    void stopAll() {
        if (ws != null) {
            ws.close();
        }
        sim.close();
    }

    /** @return the simulator */
    protected VenueSimulator simulator() {
        return sim;
    }

    private ExchangeConfig config(java.util.function.UnaryOperator<ExchangeConfig.Builder> extra) {
        ExchangeConfig.Builder b = ExchangeConfig.builder(sim.exchange(), market())
                .websocketUri(sim.websocketUri())
                .restUri(sim.restUri())
                .bookDepth(10)
                .reconnectPolicy(new ReconnectPolicy(Duration.ofMillis(50), Duration.ofMillis(500), 0, 50,
                        Duration.ofSeconds(1)));
        return extra.apply(configure(b)).build();
    }

    private List<Symbol> symbols() {
        List<Symbol> listed = new ArrayList<>(sim.listedSymbols());
        listed.sort((a, b) -> a.toString().compareTo(b.toString()));
        return List.copyOf(listed.subList(0, Math.min(2, listed.size())));
    }

    private SubscriptionResult start(java.util.function.UnaryOperator<ExchangeConfig.Builder> extra) {
        ws = Exchanges.publicWebsocket(config(extra), events.publicHandlers());
        return Await.result(ws.initialize(symbols(), channels()), BOUND);
    }

    private SubscriptionResult start() {
        return start(b -> b);
    }

    @Test
    @DisplayName("symbols are mandatory: null or empty symbols fail with IllegalArgumentException before any I/O")
    void symbolsAreMandatory() {
        ws = Exchanges.publicWebsocket(config(b -> b), events.publicHandlers());
        assertThatThrownBy(() -> ws.initialize(null, channels())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ws.initialize(List.of(), channels())).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.openConnections()).as("no connection may be opened").isZero();
        assertThat(ws.connectionState()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    @DisplayName("subscribe, unsubscribe and activeSymbols agree with what the venue acknowledged")
    void subscriptionsAgreeWithVenue() {
        SubscriptionResult result = start();
        List<Symbol> symbols = symbols();
        assertThat(result.accepted()).containsExactlyInAnyOrderElementsOf(symbols);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrderElementsOf(symbols);
        Await.until("venue counts every topic", BOUND,
                () -> sim.activeSubscriptions() == symbols.size() * channels().size());
        SubscriptionResult removed = Await.result(ws.unsubscribe(List.of(symbols.get(0))), BOUND);
        assertThat(removed.accepted()).containsExactly(symbols.get(0));
        assertThat(ws.activeSymbols()).doesNotContain(symbols.get(0));
        Await.until("venue dropped the topics", BOUND,
                () -> sim.activeSubscriptions() == (symbols.size() - 1) * channels().size());
    }

    @Test
    @DisplayName("a symbol the venue does not list is named in rejected(); the symbols around it are subscribed")
    void unknownSymbolIsRejectedAlone() {
        List<Symbol> symbols = symbols();
        Symbol unknown = Symbol.of("NOPEX", "USDT");
        List<Symbol> requested = List.of(symbols.get(0), unknown, symbols.get(symbols.size() - 1));
        ws = Exchanges.publicWebsocket(config(b -> b), events.publicHandlers());
        SubscriptionResult result = Await.result(ws.initialize(requested, channels()), BOUND);
        assertThat(result.rejected()).containsOnlyKeys(unknown);
        assertThat(result.accepted()).containsExactlyInAnyOrderElementsOf(symbols);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrderElementsOf(symbols);
        Await.until("venue counts every topic of the listed symbols", BOUND,
                () -> sim.activeSubscriptions() == symbols.size() * channels().size());
    }

    @Test
    @DisplayName("every channel delivers typed events with the symbol, the venue timestamp and the receive timestamp")
    void everyChannelDeliversTypedEvents() {
        start();
        sim.tick(400);
        Set<Symbol> symbols = Set.copyOf(symbols());
        boolean venueTs = capabilities().contains(Capability.VENUE_TIMESTAMPS);
        if (channels().contains(PublicChannel.TRADES)) {
            EventRecorder.TradeCopy t = EventRecorder.awaitMatch("a trade", events.trades, x -> true, BOUND);
            assertThat(symbols).contains(t.trade().symbol());
            assertThat(t.receiveTimestampNanos()).isPositive();
            assertThat(t.trade().price().signum()).isPositive();
            assertThat(t.trade().size().signum()).isPositive();
            assertThat(!venueTs || t.trade().exchangeTimestampMillis() > 0).isTrue();
        }
        if (channels().contains(PublicChannel.BOOK_TICKER)) {
            EventRecorder.Quote q = EventRecorder.awaitMatch("a quote", events.quotes, x -> true, BOUND);
            assertThat(symbols).contains(q.symbol());
            assertThat(q.bidPrice().compareTo(q.askPrice())).isNegative();
            assertThat(q.receiveTimestampNanos()).isPositive();
        }
        if (channels().contains(PublicChannel.TICKER)) {
            Await.until("a ticker", BOUND, () -> !events.tickers.isEmpty());
            assertThat(symbols).contains(events.tickers.get(0).symbol());
            assertThat(events.tickers.get(0).last()).isNotNull();
        }
        if (channels().contains(PublicChannel.ORDER_BOOK)) {
            Await.until("a book", BOUND, () -> !events.books.isEmpty());
            assertThat(events.books.values().iterator().next().bids()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("after N updates the local book equals the simulator's book, level by level")
    void localBookEqualsVenueBook() {
        assumeTrue(capabilities().contains(Capability.ORDER_BOOK), "venue has no order book channel");
        start();
        sim.tick(500);
        for (Symbol s : symbols()) {
            Await.until("book of " + s + " matches the venue", BOUND, () -> sameBook(s));
        }
    }

    private boolean sameBook(Symbol s) {
        OrderBookSnapshot local = events.books.get(s);
        OrderBookSnapshot venue = sim.book(s, 10);
        return local != null && local.sequence() == venue.sequence() && local.bids().equals(venue.bids())
                && local.asks().equals(venue.asks());
    }

    @Test
    @DisplayName("the public composite's REST client lists the instruments and serves the venue's book with its sequence")
    void publicCompositeRest() {
        try (BasePublicComposite<? extends PublicRestClient, ? extends BasePublicWebsocket> composite =
                     Exchanges.publicComposite(config(b -> b), events.publicHandlers())) {
            assertThatThrownBy(() -> composite.startWebsocket(List.of(), channels()))
                    .isInstanceOf(IllegalArgumentException.class);
            Symbol s = symbols().get(0);
            assertThat(composite.rest().instruments()).anyMatch(i -> i.symbol().equals(s));
            OrderBookSnapshot rest = composite.rest().orderBook(s, 10);
            OrderBookSnapshot venue = sim.book(s, 10);
            assertThat(rest.sequence()).isEqualTo(venue.sequence());
            assertThat(rest.bids().subList(0, 5)).isEqualTo(venue.bids().subList(0, 5));
            assertThat(composite.rest().serverTimeMillis()).isPositive();
            SubscriptionResult started = Await.result(composite.startWebsocket(List.of(s), channels()), BOUND);
            assertThat(started.accepted()).containsExactly(s);
        }
    }

    @Test
    @DisplayName("a sequence gap leads to a gap event for that symbol, a resync, and a correct book again")
    void gapLeadsToResync() {
        assumeTrue(capabilities().contains(Capability.ORDER_BOOK), "venue has no order book channel");
        start();
        Symbol s = symbols().get(0);
        sim.tick(50);
        Await.until("book live", BOUND, () -> events.books.containsKey(s));
        int resyncsBefore = events.resyncs.size();
        sim.faults().gapNextBookUpdate(s);
        Await.until("gap reported", BOUND, () -> {
            sim.tick(10);
            return events.gaps.stream().anyMatch(g -> g.symbol().equals(s));
        });
        Await.until("resynced", BOUND, () -> {
            sim.tick(5);
            return events.resyncs.size() > resyncsBefore;
        });
        sim.tick(100);
        Await.until("book correct after resync", BOUND, () -> sameBook(s));
    }

    @Test
    @DisplayName("after a dropped connection the client reconnects and resubscribes everything within the bound")
    void reconnectsAndResubscribes() {
        start();
        int topics = symbols().size() * channels().size();
        sim.faults().dropConnections();
        Await.until("reconnecting reported", BOUND,
                () -> events.states.stream().anyMatch(c -> c.to() == ConnectionState.RECONNECTING));
        Await.until("subscribed again", BOUND, () -> ws.connectionState() == ConnectionState.SUBSCRIBED
                && sim.activeSubscriptions() == topics);
        assertThat(ws.activeSymbols()).containsExactlyInAnyOrderElementsOf(symbols());
        assertThat(events.streamGaps).isNotEmpty();
        int tradesBefore = events.trades.size() + events.quotes.size() + events.bookUpdates.size();
        Await.until("data flows again", BOUND, () -> {
            sim.tick(20);
            return events.trades.size() + events.quotes.size() + events.bookUpdates.size() > tradesBefore;
        });
    }

    @Test
    @DisplayName("a half-open connection (TCP up, nothing sent) is detected and replaced")
    void halfOpenDetected() {
        start(b -> b.heartbeatInterval(Duration.ofMillis(300)).livenessTimeout(Duration.ofMillis(900)));
        int reconnectsBefore = (int) ws.performanceMetrics().snapshot().reconnects();
        sim.faults().halfOpen();
        Await.until("liveness declared the connection dead", BOUND,
                () -> events.states.stream().anyMatch(c -> c.to() == ConnectionState.RECONNECTING
                        && c.reason().contains("liveness")));
        Await.until("reconnected", BOUND,
                () -> ws.performanceMetrics().snapshot().reconnects() > reconnectsBefore
                        && ws.connectionState() == ConnectionState.SUBSCRIBED);
    }

    @Test
    @DisplayName("a stale subscription (one silent symbol) is detected and resubscribed")
    void staleSubscriptionDetected() {
        assumeTrue(capabilities().contains(Capability.ORDER_BOOK), "venue has no order book channel");
        start(b -> b.staleThreshold(PublicChannel.ORDER_BOOK, Duration.ofMillis(700))
                .staleThreshold(PublicChannel.BOOK_TICKER, null)
                .staleThreshold(PublicChannel.TICKER, null));
        Symbol s = symbols().get(0);
        sim.faults().silence(s);
        Await.until("stale book reported", BOUND, () -> {
            sim.tick(4);
            return events.gaps.stream().anyMatch(g -> g.symbol().equals(s) && g.reason().contains("stale"));
        });
    }

    @Test
    @DisplayName("a malformed frame is reported as ProtocolException and the connection stays up")
    void malformedFrameKeepsConnection() {
        start();
        sim.faults().sendMalformedFrame();
        Await.until("protocol error reported", BOUND, () -> !events.errorsOf(ProtocolException.class).isEmpty());
        assertThat(ws.isConnected()).isTrue();
        assertThat(ws.performanceMetrics().snapshot().parseErrors()).isPositive();
        assertThat(ws.performanceMetrics().snapshot().reconnects()).isZero();
    }

    @Test
    @DisplayName("a push on an unknown channel is counted and ignored")
    void unknownChannelCounted() {
        start();
        sim.faults().sendUnknownChannel();
        Await.until("unknown channel counted", BOUND,
                () -> ws.performanceMetrics().snapshot().unknownChannel() > 0);
        assertThat(ws.isConnected()).isTrue();
    }

    @Test
    @DisplayName("an oversized frame is a FrameTooLargeException and a reconnect, never an OutOfMemoryError")
    void oversizedFrameReconnects() {
        start(b -> b.maxFrameBytes(64 * 1024));
        sim.faults().sendOversizedFrame(512 * 1024);
        Await.until("frame too large reported", BOUND,
                () -> !events.errorsOf(FrameTooLargeException.class).isEmpty());
        Await.until("reconnected and subscribed", BOUND, () -> ws.performanceMetrics().snapshot().reconnects() > 0
                && ws.connectionState() == ConnectionState.SUBSCRIBED);
    }
}
