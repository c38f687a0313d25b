package io.exwire.mexc.marketdata;

import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.MexcVenue;

import java.util.Arrays;

/**
 * The deals of one {@code push.deal} frame, for its decoders: MEXC sends the envelope's {@code symbol} after
 * {@code data}, so deals are kept in primitive arrays until the frame has been read, then delivered through one reused
 * view. A deal is {@link #open opened} with no price or size, time 0 and no trade id, filled, and {@link #close
 * closed}; one left open is not delivered. Allocation-free after warm-up; not thread-safe.
 */
final class DealBuffer {

    private final MutableTrade trade = new MutableTrade(MexcVenue.ID, MarketType.FUTURES);
    private long[] prices = new long[8];
    private int[] priceScales = new int[8];
    private long[] sizes = new long[8];
    private int[] sizeScales = new int[8];
    private long[] times = new long[8];
    private long[] ids = new long[8];
    private boolean[] sells = new boolean[8];
    private int count;

    /** Forgets the last frame's deals. */
    void clear() {
        count = 0;
    }

    /** @return the index of a new deal: no price or size yet, time 0, {@link TradeView#NO_TRADE_ID} */
    int open() {
        if (count == prices.length) {
            grow();
        }
        int i = count;
        priceScales[i] = -1;
        sizeScales[i] = -1;
        times[i] = 0;
        ids[i] = TradeView.NO_TRADE_ID;
        return i;
    }

    void price(int i, long mantissa, int scale) {
        prices[i] = mantissa;
        priceScales[i] = scale;
    }

    /** Sets deal {@code i}'s size; its absolute value is kept. */
    void size(int i, long mantissa, int scale) {
        sizes[i] = Math.abs(mantissa);
        sizeScales[i] = scale;
    }

    void time(int i, long epochMillis) {
        times[i] = epochMillis;
    }

    void id(int i, long tradeId) {
        ids[i] = tradeId;
    }

    /** @return whether deal {@code i} has both a price and a size */
    boolean complete(int i) {
        return priceScales[i] >= 0 && sizeScales[i] >= 0;
    }

    /** Keeps deal {@code i} (the last opened) for delivery. */
    void close(int i, boolean sell) {
        sells[i] = sell;
        count = i + 1;
    }

    /**
     * Delivers the kept deals in order.
     *
     * @param symbol the envelope's symbol
     * @param receiveNanos the frame's receive time
     * @param sink the sink
     */
    void emit(Symbol symbol, long receiveNanos, PublicSink sink) {
        for (int i = 0; i < count; i++) {
            trade.envelope(symbol, times[i], receiveNanos)
                    .trade(ids[i], prices[i], priceScales[i], sizes[i], sizeScales[i], sells[i] ? Side.SELL : Side.BUY);
            sink.trade(trade);
        }
    }

    private void grow() {
        int n = prices.length * 2;
        prices = Arrays.copyOf(prices, n);
        priceScales = Arrays.copyOf(priceScales, n);
        sizes = Arrays.copyOf(sizes, n);
        sizeScales = Arrays.copyOf(sizeScales, n);
        times = Arrays.copyOf(times, n);
        ids = Arrays.copyOf(ids, n);
        sells = Arrays.copyOf(sells, n);
    }
}
