package io.exwire.core.marketdata.book;

import java.util.Arrays;

/**
 * One side of a book as two sorted primitive arrays (best first), allocation-free once sized. Prices and sizes are
 * mantissas at the owning book's scales. Not thread-safe; owned by the dispatch lane.
 */
final class BookSide {

    private final boolean bids;
    private final int capacity;
    private long[] prices = new long[256];
    private long[] sizes = new long[256];
    private int count;

    BookSide(boolean bids, int capacity) {
        this.bids = bids;
        this.capacity = capacity;
    }

    int count() {
        return count;
    }

    long price(int i) {
        return prices[i];
    }

    long size(int i) {
        return sizes[i];
    }

    void clear() {
        count = 0;
    }

    /** Sets a level; size 0 removes it. Levels beyond the capacity are trimmed from the far end. */
    void set(long price, long size) {
        int i = find(price);
        if (i >= 0) {
            if (size == 0) {
                remove(i);
            } else {
                sizes[i] = size;
            }
            return;
        }
        if (size != 0) {
            insert(-i - 1, price, size);
        }
    }

    void rescale(long priceFactor, long sizeFactor) {
        for (int i = 0; i < count; i++) {
            prices[i] = Math.multiplyExact(prices[i], priceFactor);
            sizes[i] = Math.multiplyExact(sizes[i], sizeFactor);
        }
    }

    private int find(long price) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long p = prices[mid];
            if (p == price) {
                return mid;
            }
            if (bids ? p > price : p < price) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -(lo + 1);
    }

    private void insert(int at, long price, long size) {
        if (at >= capacity) {
            return;
        }
        if (count == prices.length) {
            int n = Math.min(capacity + 1, prices.length * 2);
            prices = Arrays.copyOf(prices, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        int moved = count - at;
        System.arraycopy(prices, at, prices, at + 1, moved);
        System.arraycopy(sizes, at, sizes, at + 1, moved);
        prices[at] = price;
        sizes[at] = size;
        count = Math.min(count + 1, capacity);
    }

    private void remove(int at) {
        System.arraycopy(prices, at + 1, prices, at, count - at - 1);
        System.arraycopy(sizes, at + 1, sizes, at, count - at - 1);
        count--;
    }
}
