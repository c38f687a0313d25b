package io.exwire.testkit.market;

import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a simulated book: price mantissa to size mantissa, best first. Not thread-safe; owned by
 * {@link SimulatedBook}.
 */
final class BookSide {

    private final TreeMap<Long, Long> levels;
    private final boolean bid;
    private final int priceScale;
    private final int sizeScale;

    BookSide(boolean bid, int priceScale, int sizeScale) {
        this.bid = bid;
        this.levels = bid ? new TreeMap<>(Collections.reverseOrder()) : new TreeMap<>();
        this.priceScale = priceScale;
        this.sizeScale = sizeScale;
    }

    boolean isBid() {
        return bid;
    }

    int size() {
        return levels.size();
    }

    boolean isEmpty() {
        return levels.isEmpty();
    }

    long bestPrice() {
        return levels.firstKey();
    }

    long bestSize() {
        return levels.firstEntry().getValue();
    }

    long worstPrice() {
        return levels.lastKey();
    }

    boolean contains(long price) {
        return levels.containsKey(price);
    }

    long sizeAt(long price) {
        return levels.getOrDefault(price, 0L);
    }

    /** Sets (size > 0) or removes (size 0) a level. */
    void set(long price, long size) {
        if (size <= 0) {
            levels.remove(price);
        } else {
            levels.put(price, size);
        }
    }

    /** @return the price of the level at {@code index} from the best, clamped to the worst */
    long priceAt(int index) {
        int i = 0;
        long last = 0;
        for (long p : levels.keySet()) {
            last = p;
            if (i++ == index) {
                return p;
            }
        }
        return last;
    }

    PriceLevel level(long price, long size) {
        return new PriceLevel(Decimal.of(price, priceScale), Decimal.of(size, sizeScale));
    }

    List<PriceLevel> top(int depth) {
        List<PriceLevel> out = new ArrayList<>(Math.min(depth, levels.size()));
        for (Map.Entry<Long, Long> e : levels.entrySet()) {
            if (out.size() >= depth) {
                break;
            }
            out.add(level(e.getKey(), e.getValue()));
        }
        return out;
    }
}
