package io.exwire.testkit.market;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic simulated order book for one symbol. Every change consumes one update id; {@link #step} applies
 * one random event (size change, new level, removed level, empty update or trade) and reports it as a
 * {@link MarketStep}. Levels per side stay between {@value #MIN_LEVELS} and {@value #MAX_LEVELS}, so a 100-level
 * stream always covers the whole book.
 *
 * <p><b>Threading.</b> All methods are synchronized; a step and the snapshot taken after it are consistent.
 */
public final class SimulatedBook {

    static final int MIN_LEVELS = 20;
    static final int MAX_LEVELS = 60;
    private static final int INITIAL_LEVELS = 40;

    private final InstrumentSpec spec;
    private final SplittableRandom random;
    private final BookSide bids;
    private final BookSide asks;
    private final long tick;
    private final long lot;
    private long updateId;
    private long lastChangeMillis;
    private final List<PriceLevel> changedBids = new ArrayList<>();
    private final List<PriceLevel> changedAsks = new ArrayList<>();

    /**
     * Builds the initial book around the spec's mid.
     *
     * @param spec the instrument
     * @param seed the random seed
     * @param initialUpdateId the update id of the initial state
     */
    public SimulatedBook(InstrumentSpec spec, long seed, long initialUpdateId) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
        this.bids = new BookSide(true, spec.priceScale(), spec.sizeScale());
        this.asks = new BookSide(false, spec.priceScale(), spec.sizeScale());
        this.tick = spec.tickSize().mantissa();
        this.lot = spec.lotSize().mantissa();
        this.updateId = initialUpdateId;
        long mid = spec.initialMid().rescaled(spec.priceScale());
        for (int i = 1; i <= INITIAL_LEVELS; i++) {
            bids.set(mid - i * tick, randomSize());
            asks.set(mid + i * tick, randomSize());
        }
    }

    /** @return the instrument */
    public InstrumentSpec spec() {
        return spec;
    }

    /** @return the symbol */
    public Symbol symbol() {
        return spec.symbol();
    }

    /** @return the current update id */
    public synchronized long updateId() {
        return updateId;
    }

    /**
     * Consumes one update id without changing any level, so the next delta starts one id later (a sequence gap
     * as a client sees it; the book itself stays consistent with REST snapshots).
     */
    public synchronized void skipUpdateId() {
        updateId++;
    }

    /**
     * Applies one random event.
     *
     * @param nowMillis the event time
     * @param trades the trade id source
     * @return the step
     */
    public synchronized MarketStep step(long nowMillis, TradeIds trades) {
        BookTop before = top();
        int roll = random.nextInt(100);
        MarketTrade trade = null;
        if (roll < 45) {
            changeSizes();
        } else if (roll < 62) {
            insertLevel();
        } else if (roll < 75) {
            removeLevel();
        } else if (roll < 77) {
            updateId++;
        } else {
            trade = trade(nowMillis, trades);
        }
        keepBounds();
        return finish(before, trade, nowMillis);
    }

    /**
     * Executes a taker trade of up to {@code size} against the best level of the opposite side.
     *
     * @param takerSide the taker's side
     * @param size the wanted size
     * @param nowMillis the time
     * @param trades the trade id source
     * @return the step (its trade is null if the opposite side is empty)
     */
    public synchronized MarketStep takerTrade(Side takerSide, Decimal size, long nowMillis, TradeIds trades) {
        BookTop before = top();
        MarketTrade trade = execute(takerSide, Decimals.mantissaAt(size, spec.sizeScale()), nowMillis, trades);
        return finish(before, trade, nowMillis);
    }

    private MarketStep finish(BookTop before, MarketTrade trade, long nowMillis) {
        long first = before.updateId() + 1;
        if (updateId < first) {
            updateId = first;
        }
        lastChangeMillis = nowMillis;
        BookDelta delta = new BookDelta(spec.symbol(), first, updateId, changedBids, changedAsks, nowMillis);
        changedBids.clear();
        changedAsks.clear();
        BookTop after = top();
        return new MarketStep(delta, trade, after, !after.samePrices(before));
    }

    private void changeSizes() {
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            BookSide side = random.nextBoolean() ? bids : asks;
            long price = side.priceAt(skewedIndex(side.size()));
            apply(side, price, randomSize());
        }
    }

    private void insertLevel() {
        BookSide side = random.nextBoolean() ? bids : asks;
        BookSide other = side == bids ? asks : bids;
        long spreadTicks = (asks.bestPrice() - bids.bestPrice()) / tick;
        long price;
        if (spreadTicks > 1 && random.nextInt(3) == 0) {
            long into = 1 + random.nextLong(spreadTicks - 1);
            price = side.isBid() ? bids.bestPrice() + into * tick : asks.bestPrice() - into * tick;
        } else {
            long offset = (1 + random.nextInt(5)) * tick;
            price = side.isBid() ? side.worstPrice() - offset : side.worstPrice() + offset;
        }
        if (price > 0 && !side.contains(price) && !other.contains(price)) {
            apply(side, price, randomSize());
        } else {
            apply(side, side.bestPrice(), randomSize());
        }
    }

    private void removeLevel() {
        BookSide side = random.nextBoolean() ? bids : asks;
        if (side.size() > MIN_LEVELS) {
            apply(side, side.priceAt(skewedIndex(side.size())), 0);
        } else {
            apply(side, side.bestPrice(), randomSize());
        }
    }

    private MarketTrade trade(long nowMillis, TradeIds trades) {
        Side taker = random.nextBoolean() ? Side.BUY : Side.SELL;
        BookSide maker = taker == Side.BUY ? asks : bids;
        long size = (1 + random.nextLong(Math.max(1, maker.bestSize() / lot))) * lot;
        return execute(taker, Math.min(size, maker.bestSize()), nowMillis, trades);
    }

    private MarketTrade execute(Side taker, long size, long nowMillis, TradeIds trades) {
        BookSide maker = taker == Side.BUY ? asks : bids;
        if (maker.isEmpty() || size <= 0) {
            return null;
        }
        long price = maker.bestPrice();
        long filled = Math.min(size, maker.bestSize());
        apply(maker, price, maker.bestSize() - filled);
        return new MarketTrade(trades.nextTradeId(), trades.nextMarketTradeId(spec.symbol()), spec.symbol(), taker,
                Decimal.of(price, spec.priceScale()), Decimal.of(filled, spec.sizeScale()), nowMillis);
    }

    private void keepBounds() {
        trimSide(bids);
        trimSide(asks);
        refillSide(bids);
        refillSide(asks);
    }

    private void trimSide(BookSide side) {
        while (side.size() > MAX_LEVELS) {
            apply(side, side.worstPrice(), 0);
        }
    }

    private void refillSide(BookSide side) {
        while (side.size() < MIN_LEVELS) {
            long price = side.isBid() ? side.worstPrice() - tick : side.worstPrice() + tick;
            if (price <= 0) {
                return;
            }
            apply(side, price, randomSize());
        }
    }

    private void apply(BookSide side, long price, long size) {
        side.set(price, size);
        updateId++;
        (side.isBid() ? changedBids : changedAsks).add(side.level(price, Math.max(size, 0)));
    }

    private int skewedIndex(int levels) {
        int a = random.nextInt(levels);
        int b = random.nextInt(levels);
        return Math.min(a, b);
    }

    private long randomSize() {
        return (1 + random.nextLong(1000)) * lot;
    }

    /** @return the best bid and ask */
    public synchronized BookTop top() {
        Decimal bidPrice = bids.isEmpty() ? null : Decimal.of(bids.bestPrice(), spec.priceScale());
        Decimal askPrice = asks.isEmpty() ? null : Decimal.of(asks.bestPrice(), spec.priceScale());
        Decimal bidSize = Decimal.of(bids.isEmpty() ? 0 : bids.bestSize(), spec.sizeScale());
        Decimal askSize = Decimal.of(asks.isEmpty() ? 0 : asks.bestSize(), spec.sizeScale());
        return new BookTop(spec.symbol(), updateId, bidPrice, bidSize, askPrice, askSize, lastChangeMillis);
    }

    /**
     * @param depth levels per side
     * @return the book with its update id as {@code sequence}
     */
    public synchronized OrderBookSnapshot snapshot(int depth) {
        return new OrderBookSnapshot(spec.symbol(), updateId, bids.top(depth), asks.top(depth), lastChangeMillis);
    }
}
