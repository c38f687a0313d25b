package io.exwire.testkit.market;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A deterministic market of several symbols: one {@link SimulatedBook} each, public trades with venue-wide and
 * per-symbol ids, running 24h statistics and a bounded history of recent trades. Every trade is also offered to
 * the registered trade listeners (the {@link SimulatedLedger} fills resting orders the trade crosses).
 *
 * <p>The same seed and the same sequence of calls give the same books, deltas and trades.
 *
 * <p><b>Threading.</b> All methods are thread-safe; {@link #step} and {@link #takerTrade} are serialized by the
 * market's lock, and listeners run on the calling thread while it is held.
 */
public final class SimulatedMarket implements TradeIds {

    private static final int RECENT_TRADES = 1000;

    private final MarketType market;
    private final Clock clock;
    private final SplittableRandom random;
    private final Map<Symbol, SimulatedBook> books = new LinkedHashMap<>();
    private final Map<Symbol, InstrumentSpec> specs = new LinkedHashMap<>();
    private final Map<Symbol, TickerStats> stats = new ConcurrentHashMap<>();
    private final Map<Symbol, Deque<MarketTrade>> recent = new ConcurrentHashMap<>();
    private final Map<Symbol, AtomicLong> marketTradeIds = new ConcurrentHashMap<>();
    private final AtomicLong tradeIds;
    private final List<Consumer<MarketTrade>> tradeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param market spot or futures
     * @param instruments the listed instruments
     * @param seed the seed of every random choice
     * @param clock the clock for event timestamps
     */
    public SimulatedMarket(MarketType market, List<InstrumentSpec> instruments, long seed, Clock clock) {
        this.market = market;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
        this.tradeIds = new AtomicLong(5_000_000_000L + random.nextInt(1_000_000));
        for (InstrumentSpec spec : instruments) {
            long initialId = 10_000_000_000L + random.nextInt(1_000_000_000);
            books.put(spec.symbol(), new SimulatedBook(spec, random.nextLong(), initialId));
            specs.put(spec.symbol(), spec);
            stats.put(spec.symbol(), new TickerStats(spec.initialMid()));
            recent.put(spec.symbol(), new ArrayDeque<>());
            marketTradeIds.put(spec.symbol(), new AtomicLong(1_000_000L + random.nextInt(1_000_000)));
        }
    }

    /**
     * Creates a market of the {@linkplain InstrumentSpec#defaults default instruments} on the system clock.
     *
     * @param market spot or futures
     * @param seed the seed
     * @return the market
     */
    public static SimulatedMarket withDefaults(MarketType market, long seed) {
        return new SimulatedMarket(market, InstrumentSpec.defaults(market), seed, Clock.systemUTC());
    }

    /** @return spot or futures */
    public MarketType market() {
        return market;
    }

    /** @return the current time of the market's clock in milliseconds */
    public long nowMillis() {
        return clock.millis();
    }

    /** @return the listed symbols in listing order */
    public Set<Symbol> symbols() {
        return Collections.unmodifiableSet(books.keySet());
    }

    /**
     * @param symbol a symbol
     * @return its spec, or null if not listed
     */
    public InstrumentSpec spec(Symbol symbol) {
        return specs.get(symbol);
    }

    /** @return every spec in listing order */
    public Collection<InstrumentSpec> specs() {
        return Collections.unmodifiableCollection(specs.values());
    }

    /**
     * @param symbol a listed symbol
     * @return its book
     * @throws IllegalArgumentException if not listed
     */
    public SimulatedBook book(Symbol symbol) {
        SimulatedBook book = books.get(symbol);
        if (book == null) {
            throw new IllegalArgumentException("not listed: " + symbol);
        }
        return book;
    }

    /**
     * Registers a listener called with every trade, under the market lock, after the book changed.
     *
     * @param listener the listener
     */
    public void onTrade(Consumer<MarketTrade> listener) {
        tradeListeners.add(listener);
    }

    /**
     * Advances one randomly chosen symbol among {@code among} by one event.
     *
     * @param among candidate symbols (all listed symbols if empty)
     * @return the step
     */
    public synchronized MarketStep step(List<Symbol> among) {
        List<Symbol> candidates = among.isEmpty() ? new ArrayList<>(books.keySet()) : among;
        return step(candidates.get(random.nextInt(candidates.size())));
    }

    /**
     * Advances {@code symbol} by one event.
     *
     * @param symbol a listed symbol
     * @return the step
     */
    public synchronized MarketStep step(Symbol symbol) {
        return recordTrade(book(symbol).step(clock.millis(), this));
    }

    /**
     * Executes a taker trade against the book (e.g. to trade through a resting own order).
     *
     * @param symbol the symbol
     * @param takerSide the taker side
     * @param size the size
     * @return the step
     */
    public synchronized MarketStep takerTrade(Symbol symbol, Side takerSide, Decimal size) {
        return recordTrade(book(symbol).takerTrade(takerSide, size, clock.millis(), this));
    }

    private MarketStep recordTrade(MarketStep step) {
        MarketTrade trade = step.trade();
        if (trade != null) {
            InstrumentSpec spec = specs.get(trade.symbol());
            stats.get(trade.symbol()).record(trade, spec.contractSize());
            Deque<MarketTrade> q = recent.get(trade.symbol());
            synchronized (q) {
                q.addFirst(trade);
                if (q.size() > RECENT_TRADES) {
                    q.removeLast();
                }
            }
            tradeListeners.forEach(l -> l.accept(trade));
        }
        return step;
    }

    /**
     * @param symbol a listed symbol
     * @param limit the maximum number
     * @return recent trades, newest first
     */
    public List<MarketTrade> recentTrades(Symbol symbol, int limit) {
        Deque<MarketTrade> q = recent.get(symbol);
        synchronized (q) {
            return q.stream().limit(limit).toList();
        }
    }

    /**
     * @param symbol a listed symbol
     * @return the 24h statistics
     */
    public synchronized Ticker24h ticker(Symbol symbol) {
        return stats.get(symbol).snapshot(book(symbol).top());
    }

    /**
     * @param symbol a listed symbol
     * @param depth levels per side
     * @return the snapshot
     */
    public OrderBookSnapshot snapshot(Symbol symbol, int depth) {
        return book(symbol).snapshot(depth);
    }

    @Override
    public long nextTradeId() {
        return tradeIds.incrementAndGet();
    }

    @Override
    public long nextMarketTradeId(Symbol symbol) {
        return marketTradeIds.get(symbol).incrementAndGet();
    }
}
