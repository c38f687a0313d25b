package io.exwire.testkit.mexc;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A client-style local book for tests: absolute sizes per price, zero deletes. Not thread-safe. */
final class LocalBook {

    private final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
    private final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();

    void bid(String price, String size) {
        set(bids, price, size);
    }

    void ask(String price, String size) {
        set(asks, price, size);
    }

    private static void set(Map<BigDecimal, BigDecimal> side, String price, String size) {
        BigDecimal p = new BigDecimal(price);
        BigDecimal s = new BigDecimal(size);
        if (s.signum() == 0) {
            side.remove(p);
        } else {
            side.put(p, s);
        }
    }

    List<String> top(boolean bidSide, int depth) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigDecimal> e : (bidSide ? bids : asks).entrySet()) {
            if (out.size() == depth) {
                break;
            }
            out.add(e.getKey().stripTrailingZeros().toPlainString() + "@" + e.getValue().stripTrailingZeros()
                    .toPlainString());
        }
        return out;
    }

    static List<String> top(OrderBookSnapshot book, boolean bidSide) {
        List<String> out = new ArrayList<>();
        for (PriceLevel level : bidSide ? book.bids() : book.asks()) {
            out.add(level.price().toBigDecimal().stripTrailingZeros().toPlainString() + "@"
                    + level.size().toBigDecimal().stripTrailingZeros().toPlainString());
        }
        return out;
    }
}
