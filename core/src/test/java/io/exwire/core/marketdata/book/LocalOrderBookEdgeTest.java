package io.exwire.core.marketdata.book;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.exwire.core.marketdata.book.LocalOrderBookTest.BTC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book against the level-by-level algorithm it replaced (binary search and two array shifts per level, kept here
 * verbatim as the reference) where exact decimals cannot serve as the reference: prices and sizes near the ends of
 * {@code long}, scalings that wrap, rescales that overflow and throw (the partial state must be the same), sizes of
 * {@code Long.MIN_VALUE}, and the merge's exact boundaries (window runs, long runs, trimming, copy-back).
 */
@Timeout(60)
class LocalOrderBookEdgeTest {

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    /** The previous implementation: LocalOrderBook's apply/setLevel/rescale over its two-array BookSide. */
    static final class Reference {
        final Side bids;
        final Side asks;
        int priceScale;
        int sizeScale;

        Reference(int capacity) {
            bids = new Side(true, capacity);
            asks = new Side(false, capacity);
        }

        void apply(BookUpdate update) {
            if (update.isSnapshot()) {
                bids.count = 0;
                asks.count = 0;
            }
            applySide(update.bids(), bids);
            applySide(update.asks(), asks);
        }

        private void applySide(BookUpdate.Side levels, Side side) {
            for (int i = 0; i < levels.count(); i++) {
                setLevel(side, levels.price(i), levels.priceScale(i), levels.size(i), levels.sizeScale(i));
            }
        }

        private void setLevel(Side side, long price, int pScale, long size, int sScale) {
            if (pScale > priceScale) {
                rescale(pScale - priceScale, 0);
                priceScale = pScale;
            }
            if (sScale > sizeScale) {
                rescale(0, sScale - sizeScale);
                sizeScale = sScale;
            }
            side.set(price * POW10[priceScale - pScale], Math.abs(size) * POW10[sizeScale - sScale]);
        }

        private void rescale(int priceDigits, int sizeDigits) {
            bids.rescale(POW10[priceDigits], POW10[sizeDigits]);
            asks.rescale(POW10[priceDigits], POW10[sizeDigits]);
        }
    }

    /** The previous BookSide, unchanged. */
    static final class Side {
        final boolean bids;
        final int capacity;
        long[] prices = new long[256];
        long[] sizes = new long[256];
        int count;

        Side(boolean bids, int capacity) {
            this.bids = bids;
            this.capacity = capacity;
        }

        void set(long price, long size) {
            int i = find(price);
            if (i >= 0) {
                if (size == 0) {
                    System.arraycopy(prices, i + 1, prices, i, count - i - 1);
                    System.arraycopy(sizes, i + 1, sizes, i, count - i - 1);
                    count--;
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
            System.arraycopy(prices, at, prices, at + 1, count - at);
            System.arraycopy(sizes, at, sizes, at + 1, count - at);
            prices[at] = price;
            sizes[at] = size;
            count = Math.min(count + 1, capacity);
        }
    }

    private static LocalOrderBook book(int capacity) {
        return new LocalOrderBook(ExchangeId.of("toy"), MarketType.SPOT, BTC, capacity, capacity);
    }

    /** Applies to both; both must throw the same exception type or neither, then hold the same state. */
    private static void applyBoth(LocalOrderBook book, Reference reference, BookUpdate update, String what) {
        Class<?> bookThrew = null;
        Class<?> referenceThrew = null;
        try {
            book.apply(update);
        } catch (RuntimeException e) {
            bookThrew = e.getClass();
        }
        try {
            reference.apply(update);
        } catch (RuntimeException e) {
            referenceThrew = e.getClass();
        }
        assertThat(bookThrew).as("exception of %s", what).isEqualTo(referenceThrew);
        assertSame(book, reference, what);
    }

    private static void assertSame(LocalOrderBook book, Reference reference, String what) {
        assertThat(book.priceScale()).as("price scale, %s", what).isEqualTo(reference.priceScale);
        assertThat(book.sizeScale()).as("size scale, %s", what).isEqualTo(reference.sizeScale);
        assertThat(LocalOrderBookModelTest.levels(book, true)).as("bids, %s", what).isEqualTo(levels(reference.bids));
        assertThat(LocalOrderBookModelTest.levels(book, false)).as("asks, %s", what).isEqualTo(levels(reference.asks));
    }

    private static List<String> levels(Side side) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < side.count; i++) {
            out.add(side.prices[i] + "@" + side.sizes[i]);
        }
        return out;
    }

    private static final long[] EXTREMES = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        1L << 61, -(1L << 61), (1L << 61) - 1, -(1L << 61) - 1, 1L << 62, -(1L << 62), 0, 1, -1,
        922_337_203_685_477_580L, -922_337_203_685_477_580L};

    private static long value(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> EXTREMES[random.nextInt(EXTREMES.length)];
            case 1 -> EXTREMES[random.nextInt(EXTREMES.length)] - random.nextInt(1000) + 500;
            case 2 -> random.nextLong();
            default -> random.nextInt(200) - 100;
        };
    }

    private static void fill(BookUpdate.Side side, Random random, boolean bids, int maxScale) {
        int n = random.nextInt(3) == 0 ? random.nextInt(3) : 4 + random.nextInt(20);
        long[] prices = new long[n];
        boolean small = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            prices[i] = small ? random.nextInt(1_000) : value(random);
        }
        if (random.nextBoolean()) {
            Arrays.sort(prices);
            if (bids) {
                for (int i = 0; i < n / 2; i++) {
                    long t = prices[i];
                    prices[i] = prices[n - 1 - i];
                    prices[n - 1 - i] = t;
                }
            }
        }
        int pScale = random.nextInt(maxScale + 1);
        int sScale = random.nextInt(maxScale + 1);
        for (long p : prices) {
            boolean same = random.nextInt(4) != 0;
            side.add(p, same ? pScale : random.nextInt(maxScale + 1), random.nextInt(4) == 0 ? 0 : value(random),
                    same ? sScale : random.nextInt(maxScale + 1));
        }
    }

    @Test
    @DisplayName("values near the ends of long, wrapping scalings and overflowing rescales behave exactly as before")
    void extremeValuesMatchThePreviousImplementation() {
        Random random = new Random(77);
        for (int run = 0; run < 300; run++) {
            int capacity = 1 + random.nextInt(30);
            LocalOrderBook book = book(capacity);
            Reference reference = new Reference(capacity);
            int maxScale = random.nextInt(3) == 0 ? 20 : 3;
            for (int u = 0; u < 30; u++) {
                BookUpdate update = new BookUpdate().begin(BTC, random.nextInt(10) == 0, u, u, 0, 0);
                fill(update.bids(), random, true, maxScale);
                fill(update.asks(), random, false, maxScale);
                applyBoth(book, reference, update, "run " + run + " update " + u);
            }
        }
    }

    @Test
    @DisplayName("the merge matches level-by-level setting at its boundaries: long runs, trimming, copy-back, growth")
    void mergeBoundariesMatchThePreviousImplementation() {
        Random random = new Random(5);
        for (int run = 0; run < 200; run++) {
            int capacity = new int[] {1, 2, 4, 5, 9, 64, 300, 2_000}[run % 8];
            LocalOrderBook book = book(capacity);
            Reference reference = new Reference(capacity);
            for (int u = 0; u < 25; u++) {
                BookUpdate update = new BookUpdate().begin(BTC, false, u, u, 0, 0);
                int spread = 1 + random.nextInt(3_000);
                int n = random.nextInt(5) == 0 ? 300 + random.nextInt(900) : 4 + random.nextInt(40);
                long[] bidPrices = sortedDistinct(random, n, spread, true);
                long[] askPrices = sortedDistinct(random, n, spread, false);
                for (int i = 0; i < Math.min(bidPrices.length, askPrices.length); i++) {
                    update.bids().add(bidPrices[i], 0, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(99), 0);
                    update.asks().add(askPrices[i], 0, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(99), 0);
                }
                applyBoth(book, reference, update, "run " + run + " update " + u);
            }
        }
    }

    private static long[] sortedDistinct(Random random, int n, int spread, boolean descending) {
        long[] out = random.longs(n, 0, n + (long) spread).distinct().sorted().toArray();
        if (descending) {
            for (int i = 0; i < out.length / 2; i++) {
                long t = out[i];
                out[i] = out[out.length - 1 - i];
                out[out.length - 1 - i] = t;
            }
        }
        return out;
    }

    @Test
    @DisplayName("a size-only delta leaves the levels in place (copy-back), and the side then keeps merging")
    void sizeOnlyDeltaAndReuse() {
        LocalOrderBook book = book(1_000);
        Reference reference = new Reference(1_000);
        BookUpdate load = new BookUpdate().begin(BTC, true, 1, 1, 0, 0);
        for (int i = 0; i < 500; i++) {
            load.bids().add(10_000 - i, 0, 5, 0);
            load.asks().add(10_001 + i, 0, 5, 0);
        }
        applyBoth(book, reference, load, "load");
        BookUpdate sizes = new BookUpdate().begin(BTC, false, 2, 2, 0, 0);
        for (int i = 0; i < 10; i++) {
            sizes.bids().add(10_000 - 3 * i, 0, 7 + i, 0);
            sizes.asks().add(10_001 + 3 * i, 0, 0, 0);
        }
        applyBoth(book, reference, sizes, "size-only bids, deletes on asks");
        assertThat(book.bidSizeMantissa(0)).isEqualTo(7);
        assertThat(book.askPriceMantissa(0)).isEqualTo(10_002);
    }
}
