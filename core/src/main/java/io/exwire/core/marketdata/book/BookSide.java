package io.exwire.core.marketdata.book;

import java.util.Arrays;

/**
 * One side of a book as one sorted primitive array (best first), allocation-free once sized. Prices and sizes are
 * mantissas at the owning book's scales. Not thread-safe; owned by the dispatch lane.
 *
 * <p>Layout: level {@code i} is {@code levels[2i]} (its key) and {@code levels[2i + 1]} (its size), so one copy moves
 * both. A key ascends best first whatever the side: the price itself for asks, its bitwise complement for bids
 * ({@code ~p} reverses the order of every long, without overflow), so one search and one merge serve both sides.
 * After the last level, {@value #PAD} levels hold a sentinel key above every key the merge handles, so a window of
 * {@value #PAD} keys can always be read past a position.
 *
 * <p>An update of {@value #MERGE_MIN} or more levels that arrive in book order (venues send bids best first, asks
 * ascending) is merged in one sequential pass into a spare array that is then swapped in; other updates set their
 * levels one by one (search, then one array shift for an insert or a delete). Both give exactly the result of setting
 * the levels one by one in the order sent, capacity trimming included.
 */
final class BookSide {

    /** Levels read past a position by the merge's window, and sentinel levels after the last level. */
    static final int PAD = 4;
    /** Fewer levels than this are set one by one even when sorted. */
    static final int MERGE_MIN = 4;
    /**
     * Keys the merge handles lie in {@code [-2^61, 2^61)} (prices up to about 2.3e18 mantissa units), so that
     * {@code (a - b) >>> 63} is {@code a < b} for them and the sentinel; other updates are set one by one.
     */
    private static final int SAFE_BITS = 61;
    /** Above every key the merge handles. */
    private static final long SENTINEL = 1L << 62;

    private final long mask;
    private final int capacity;
    private long[] levels;
    private long[] spare;
    private int count;

    BookSide(boolean bids, int capacity) {
        this.mask = bids ? -1L : 0L;
        this.capacity = capacity;
        levels = new long[2 * (Math.min(capacity, 256) + PAD + 1)];
        spare = new long[levels.length];
        seal();
    }

    int count() {
        return count;
    }

    long price(int i) {
        return levels[2 * i] ^ mask;
    }

    long size(int i) {
        return levels[2 * i + 1];
    }

    void clear() {
        count = 0;
        seal();
    }

    /** Sets a level; size 0 removes it. Levels beyond the capacity are trimmed from the far end. */
    void set(long price, long size) {
        setKey(price ^ mask, size);
    }

    void rescale(long priceFactor, long sizeFactor) {
        long[] l = levels;
        for (int i = 0; i < 2 * count; i += 2) {
            l[i] = Math.multiplyExact(l[i] ^ mask, priceFactor) ^ mask;
            l[i + 1] = Math.multiplyExact(l[i + 1], sizeFactor);
        }
    }

    /**
     * Merges an update's levels when they all have the given scales (the book's: no scaling), come in strict book order
     * and are {@value #MERGE_MIN} or more; otherwise does nothing.
     *
     * @param levels the levels
     * @param priceScale the book's price scale
     * @param sizeScale the book's size scale
     * @return whether the levels were applied (as if by {@link #set} one by one, with absolute sizes)
     */
    boolean tryMerge(BookUpdate.Side levels, int priceScale, int sizeScale) {
        int n = levels.count();
        if (n < MERGE_MIN || !inBookOrder(levels, priceScale, sizeScale)) {
            return false;
        }
        merge(levels.prices(), levels.sizes(), n, -1L);
        return true;
    }

    /**
     * Sets {@code n} levels as if by {@code set(prices[j], sizes[j])} for each {@code j} in order: merged when they come
     * in strict book order, else one by one.
     *
     * @param prices prices at the book's scale
     * @param sizes sizes at the book's scale, as they are to be stored
     * @param n levels
     */
    void apply(long[] prices, long[] sizes, int n) {
        if (n >= MERGE_MIN && inBookOrder(prices, n)) {
            merge(prices, sizes, n, 0L);
            return;
        }
        for (int j = 0; j < n; j++) {
            setKey(prices[j] ^ mask, sizes[j]);
        }
    }

    /** Whether the prices strictly ascend in key order (no duplicate) and they and the side are in the safe range. */
    private boolean inBookOrder(long[] prices, int n) {
        long m = mask;
        long previous = prices[0] ^ m;
        boolean ok = safe(previous);
        for (int j = 1; j < n; j++) {
            long key = prices[j] ^ m;
            ok &= previous < key;
            previous = key;
        }
        return ok & safe(previous) & sideIsSafe();
    }

    /** As {@link #inBookOrder(long[], int)}, and every level has exactly the given scales: one pass. */
    private boolean inBookOrder(BookUpdate.Side levels, int priceScale, int sizeScale) {
        long[] prices = levels.prices();
        byte[] pScales = levels.priceScales();
        byte[] sScales = levels.sizeScales();
        long m = mask;
        long previous = prices[0] ^ m;
        boolean ok = safe(previous) & pScales[0] == priceScale & sScales[0] == sizeScale;
        for (int j = 1; j < levels.count(); j++) {
            long key = prices[j] ^ m;
            ok &= previous < key & pScales[j] == priceScale & sScales[j] == sizeScale;
            previous = key;
        }
        return ok & safe(previous) & sideIsSafe();
    }

    /** Whether the side's keys are in the safe range: they ascend, so the first and the last tell. */
    private boolean sideIsSafe() {
        return safe(levels[0]) & safe(levels[2 * Math.max(0, count - 1)]);
    }

    private static boolean safe(long key) {
        long high = key >> SAFE_BITS;
        return high == 0 | high == -1 | key == SENTINEL;
    }

    private void setKey(long key, long size) {
        int at = lowerBound(key);
        if (at < count && levels[2 * at] == key) {
            if (size == 0) {
                remove(at);
            } else {
                levels[2 * at + 1] = size;
            }
            return;
        }
        if (size != 0) {
            insert(at, key, size);
        }
    }

    /** The first level whose key is not below {@code key}, or {@link #count}. */
    private int lowerBound(long key) {
        long[] l = levels;
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (l[2 * mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void insert(int at, long key, long size) {
        if (at >= capacity) {
            return;
        }
        ensureLength(Math.min(count + 1, capacity));
        System.arraycopy(levels, 2 * at, levels, 2 * at + 2, 2 * (count - at));
        levels[2 * at] = key;
        levels[2 * at + 1] = size;
        count = Math.min(count + 1, capacity);
        seal();
    }

    private void remove(int at) {
        System.arraycopy(levels, 2 * at + 2, levels, 2 * at, 2 * (count - at - 1));
        count--;
        seal();
    }

    /**
     * Merges levels whose keys strictly ascend into the side, best first, writing into the spare array, exactly as
     * setting them one by one would: {@code end} is how much of the old side is still kept (an insert into a full side
     * drops its worst level for good, and that slot becomes a sentinel so that no window counts it), an insert at or
     * beyond the capacity is ignored, a delete of an absent level does nothing. Indices count longs (two per level).
     *
     * <p>Per level: a window of {@value #PAD} levels at the side's cursor is copied out and counted (how many keys are
     * at most the level's), which moves the cursor and the output; the last one counted is the level itself when the
     * keys are equal. No call, and no branch that depends on the data but the rare "whole window passed". All keys are
     * in the safe range, so comparisons are subtractions.
     *
     * @param absolute -1 to store the sizes' absolute values, 0 to store them as they are
     */
    private void merge(long[] prices, long[] sizes, int n, long absolute) {
        ensureLength(Math.min(capacity, count + n));
        long[] l = levels;
        long[] o = spare;
        int cap = 2 * capacity;
        int i = 0;
        int out = 0;
        int end = 2 * count;
        long m = mask;
        for (int j = 0; j < n; j++) {
            long key = prices[j] ^ m;
            long above = key + 1;
            int le;
            do {
                le = (int) ((((l[i] - above) >>> 63) + ((l[i + 2] - above) >>> 63))
                        + (((l[i + 4] - above) >>> 63) + ((l[i + 6] - above) >>> 63)));
                System.arraycopy(l, i, o, out, 2 * PAD);
                out += 2 * le;
                i += 2 * le;
            } while (le == PAD);
            out -= 2 * equal(l[Math.max(i - 2, 0)], key);
            long size = sizes[j];
            long negative = (size >> 63) & absolute;
            size = (size ^ negative) - negative;
            o[out] = key;
            o[out + 1] = size;
            out += 2 * (nonZero(size) & ((out - cap) >>> 31));
            end = Math.min(end, cap - out + i);
            l[end] = SENTINEL;
        }
        finish(i, out, end);
    }

    /** @return 1 when {@code a == b}, else 0, without a branch */
    private static int equal(long a, long b) {
        return nonZero(a ^ b) ^ 1;
    }

    /** @return 1 when {@code v != 0}, else 0, without a branch */
    private static int nonZero(long v) {
        return (int) ((v | -v) >>> 63);
    }

    /**
     * Completes a merge (indices in longs): the old side's kept rest {@code [i, end)} follows the {@code out} merged
     * longs. When nothing moved ({@code out == i}) and the merged part is the shorter, it is copied back instead.
     */
    private void finish(int i, int out, int end) {
        int rest = end - i;
        if (out == i && out < rest) {
            System.arraycopy(spare, 0, levels, 0, out);
        } else {
            System.arraycopy(levels, i, spare, out, rest);
            long[] t = levels;
            levels = spare;
            spare = t;
        }
        count = (out + rest) >> 1;
        seal();
    }

    /** Grows both arrays so that {@code n} levels, the window and the sentinels fit. */
    private void ensureLength(int n) {
        int need = 2 * (n + PAD + 1);
        if (levels.length >= need) {
            return;
        }
        int length = Math.min(2 * (capacity + PAD + 1), Math.max(need, levels.length * 2));
        levels = Arrays.copyOf(levels, length);
        spare = new long[length];
    }

    private void seal() {
        long[] l = levels;
        int at = 2 * count;
        l[at] = SENTINEL;
        l[at + 2] = SENTINEL;
        l[at + 4] = SENTINEL;
        l[at + 6] = SENTINEL;
    }
}
