package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.JsonValues;
import io.exwire.mexc.wire.MexcVenue;

import java.util.Arrays;

/**
 * Decodes the {@code data} of {@code push.deal}: an array of deals since 2025-11 (a single object in the older
 * documentation; both accepted) with {@code p} price, {@code v} contracts, {@code T} 1 buy / 2 sell (taker),
 * {@code t} ms and {@code i} trade id (number or string); a deal without {@code p} or {@code v} is a protocol error
 * (it never reuses another deal's values). Numbers are read exactly with core's {@code JsonCursor}.
 * The envelope's {@code symbol} follows {@code data}, so deals are buffered in primitive arrays and emitted through
 * one reused view once the symbol is known. Allocation-free after warm-up; not thread-safe.
 */
final class FuturesDealDecoder {

    private final MutableTrade trade = new MutableTrade(MexcVenue.ID, MarketType.FUTURES);
    private long[] prices = new long[16];
    private int[] priceScales = new int[16];
    private long[] sizes = new long[16];
    private int[] sizeScales = new int[16];
    private long[] times = new long[16];
    private long[] ids = new long[16];
    private boolean[] sells = new boolean[16];
    private int count;

    void read(JsonCursor cur) {
        count = 0;
        if (cur.peek() == JsonCursor.Type.OBJECT) {
            readDeal(cur);
            return;
        }
        cur.beginArray();
        while (cur.nextElement()) {
            readDeal(cur);
        }
    }

    private void readDeal(JsonCursor cur) {
        ensureCapacity();
        int i = count;
        ids[i] = TradeView.NO_TRADE_ID;
        times[i] = 0;
        priceScales[i] = -1;
        sizeScales[i] = -1;
        int side = 0;
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("p")) {
                cur.readDecimal();
                prices[i] = cur.mantissa();
                priceScales[i] = cur.scale();
            } else if (cur.fieldIs("v")) {
                cur.readDecimal();
                sizes[i] = Math.abs(cur.mantissa());
                sizeScales[i] = cur.scale();
            } else if (cur.fieldIs("T")) {
                side = (int) cur.readLong();
            } else if (cur.fieldIs("t")) {
                times[i] = cur.readLong();
            } else if (cur.fieldIs("i")) {
                ids[i] = JsonValues.optionalLong(cur, TradeView.NO_TRADE_ID);
            } else {
                cur.skipValue();
            }
        }
        if (priceScales[i] < 0 || sizeScales[i] < 0) {
            throw new ProtocolException("push.deal without a price (p) or a size (v)");
        }
        sells[i] = side(side);
        count++;
    }

    private static boolean side(int code) {
        if (code != 1 && code != 2) {
            throw new ProtocolException("push.deal with unknown T " + code);
        }
        return code == 2;
    }

    void emit(Symbol symbol, long receiveNanos, PublicSink sink) {
        for (int i = 0; i < count; i++) {
            trade.envelope(symbol, times[i], receiveNanos)
                    .trade(ids[i], prices[i], priceScales[i], sizes[i], sizeScales[i], sells[i] ? Side.SELL : Side.BUY);
            sink.trade(trade);
        }
    }

    private void ensureCapacity() {
        if (count < prices.length) {
            return;
        }
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
