package io.exwire.core.marketdata.book;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * A symbol's local book: two {@link BookSide}s at one price scale and one size scale, and the reusable
 * {@link OrderBookView} handlers see (valid only during the callback). Levels arriving with a finer scale rescale the
 * book once (rare); coarser ones are scaled up on the fly. Keeps {@code capacity} levels per side (by default
 * {@code 10 × depth}, at least 1,000, so deltas beyond the visible depth are not lost; a venue whose stream covers
 * only its top N levels sets N, and deeper levels are trimmed); the view shows {@code depth}. Not thread-safe.
 */
public final class LocalOrderBook implements OrderBookView {

    /** The largest power of ten a level's scale may need. */
    private static final int MAX_DIGITS = Decimal.MAX_SCALE;
    /** Masks a digit count into {@link #SCALE} (which only has to be read safely for counts that are then rejected). */
    private static final int DIGITS_MASK = 31;
    /** Powers of ten up to {@link #MAX_DIGITS}, padded with zeros to 32 entries. */
    private static final long[] SCALE = new long[DIGITS_MASK + 1];

    static {
        for (int i = 0; i <= MAX_DIGITS; i++) {
            SCALE[i] = Decimal.powerOfTen(i);
        }
    }

    private final ExchangeId exchange;
    private final MarketType market;
    private final Symbol symbol;
    private final int depth;
    private final BookSide bids;
    private final BookSide asks;
    private int priceScale;
    private int sizeScale;
    private long sequence;
    private long exchangeTs;
    private long receiveNanos;
    /** Reused scratch: one side's levels scaled to the book's scales. */
    private long[] stagedPrices = new long[64];
    private long[] stagedSizes = new long[64];

    /**
     * @param exchange the venue
     * @param market the market
     * @param symbol the symbol
     * @param depth visible levels per side
     */
    public LocalOrderBook(ExchangeId exchange, MarketType market, Symbol symbol, int depth) {
        this(exchange, market, symbol, depth, Math.max(1000, depth * 10));
    }

    /**
     * @param exchange the venue
     * @param market the market
     * @param symbol the symbol
     * @param depth visible levels per side
     * @param capacity levels kept per side; levels beyond it are trimmed after every update
     */
    public LocalOrderBook(ExchangeId exchange, MarketType market, Symbol symbol, int depth, int capacity) {
        this.exchange = exchange;
        this.market = market;
        this.symbol = symbol;
        this.depth = depth;
        int kept = Math.max(1, capacity);
        this.bids = new BookSide(true, kept);
        this.asks = new BookSide(false, kept);
    }

    /** Empties the book. */
    public void clear() {
        bids.clear();
        asks.clear();
        sequence = 0;
    }

    /**
     * Applies a snapshot (replacing everything) or a delta.
     *
     * @param update the update
     */
    public void apply(BookUpdate update) {
        if (update.isSnapshot()) {
            bids.clear();
            asks.clear();
        }
        applySide(update.bids(), bids);
        applySide(update.asks(), asks);
        sequence = update.lastUpdateId();
        exchangeTs = update.exchangeTimestampMillis();
        receiveNanos = update.receiveTimestampNanos();
    }

    /**
     * Replaces the book with a REST snapshot.
     *
     * @param snapshot the snapshot
     * @param receiveTimestampNanos when the snapshot arrived, epoch ns
     */
    public void load(OrderBookSnapshot snapshot, long receiveTimestampNanos) {
        bids.clear();
        asks.clear();
        for (PriceLevel l : snapshot.bids()) {
            setLevel(bids, l.price().mantissa(), l.price().scale(), l.size().mantissa(), l.size().scale());
        }
        for (PriceLevel l : snapshot.asks()) {
            setLevel(asks, l.price().mantissa(), l.price().scale(), l.size().mantissa(), l.size().scale());
        }
        sequence = snapshot.sequence();
        exchangeTs = snapshot.exchangeTimestampMillis();
        receiveNanos = receiveTimestampNanos;
    }

    /** @return whether the best bid is at or above the best ask */
    public boolean isCrossed() {
        return bids.count() > 0 && asks.count() > 0 && bids.price(0) >= asks.price(0);
    }

    /**
     * Sets a side's levels as {@link #setLevel} would one by one. When every level has the book's scales (the usual
     * case) and they come in book order, the side merges them as they are; when none needs a finer scale, they are
     * first scaled into reusable arrays; otherwise they go one by one, rescaling the book where a level needs it.
     */
    private void applySide(BookUpdate.Side levels, BookSide side) {
        int n = levels.count();
        if (n == 0 || side.tryMerge(levels, priceScale, sizeScale)) {
            return;
        }
        if (stage(levels, n)) {
            side.apply(stagedPrices, stagedSizes, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            setLevel(side, levels.price(i), levels.priceScale(i), levels.size(i), levels.sizeScale(i));
        }
    }

    /**
     * Scales a side's levels to the book's scales into {@link #stagedPrices} and {@link #stagedSizes}, exactly as
     * {@link #setLevel} does without a rescale.
     *
     * @return false (staging only partly done) when some level's scale is finer than the book's or out of range
     */
    private boolean stage(BookUpdate.Side levels, int n) {
        if (stagedPrices.length < n) {
            stagedPrices = new long[Math.max(n, stagedPrices.length * 2)];
            stagedSizes = new long[stagedPrices.length];
        }
        long[] prices = stagedPrices;
        long[] sizes = stagedSizes;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int pDigits = priceScale - levels.priceScale(i);
            int sDigits = sizeScale - levels.sizeScale(i);
            bad |= pDigits | (MAX_DIGITS - pDigits) | sDigits | (MAX_DIGITS - sDigits);
            prices[i] = levels.price(i) * SCALE[pDigits & DIGITS_MASK];
            sizes[i] = Math.abs(levels.size(i)) * SCALE[sDigits & DIGITS_MASK];
        }
        return bad >= 0;
    }

    private void setLevel(BookSide side, long price, int pScale, long size, int sScale) {
        if (pScale > priceScale) {
            rescale(pScale - priceScale, 0);
            priceScale = pScale;
        }
        if (sScale > sizeScale) {
            rescale(0, sScale - sizeScale);
            sizeScale = sScale;
        }
        side.set(price * Decimal.powerOfTen(priceScale - pScale),
                Math.abs(size) * Decimal.powerOfTen(sizeScale - sScale));
    }

    private void rescale(int priceDigits, int sizeDigits) {
        long priceFactor = Decimal.powerOfTen(priceDigits);
        long sizeFactor = Decimal.powerOfTen(sizeDigits);
        bids.rescale(priceFactor, sizeFactor);
        asks.rescale(priceFactor, sizeFactor);
    }

    @Override public ExchangeId exchange() { return exchange; }
    @Override public MarketType market() { return market; }
    @Override public Symbol symbol() { return symbol; }
    @Override public long exchangeTimestampMillis() { return exchangeTs; }
    @Override public long receiveTimestampNanos() { return receiveNanos; }
    @Override public long sequence() { return sequence; }
    @Override public int bidCount() { return Math.min(depth, bids.count()); }
    @Override public int askCount() { return Math.min(depth, asks.count()); }
    @Override public int priceScale() { return priceScale; }
    @Override public int sizeScale() { return sizeScale; }
    @Override public long bidPriceMantissa(int level) { return bids.price(checked(level, bidCount())); }
    @Override public long bidSizeMantissa(int level) { return bids.size(checked(level, bidCount())); }
    @Override public long askPriceMantissa(int level) { return asks.price(checked(level, askCount())); }
    @Override public long askSizeMantissa(int level) { return asks.size(checked(level, askCount())); }

    private static int checked(int level, int count) {
        if (level < 0 || level >= count) {
            throw new IndexOutOfBoundsException("level " + level + " of " + count);
        }
        return level;
    }

    @Override
    public OrderBookSnapshot snapshot(int levels) {
        return new OrderBookSnapshot(symbol, sequence, copy(bids, Math.min(levels, bidCount())),
                copy(asks, Math.min(levels, askCount())), exchangeTs);
    }

    private List<PriceLevel> copy(BookSide side, int n) {
        List<PriceLevel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new PriceLevel(Decimal.of(side.price(i), priceScale), Decimal.of(side.size(i), sizeScale)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "OrderBook[" + symbol + " seq=" + sequence + " bids=" + bids.count() + " asks=" + asks.count() + "]";
    }
}
