package io.exwire.core.marketdata.book;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static io.exwire.core.marketdata.book.LocalOrderBookTest.BTC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LocalOrderBook} against a {@link TreeMap} reference that applies every level one by one, in the order sent, with
 * exact decimal values: seeded random updates of every shape the book handles differently (levels in book order or
 * not, duplicates, deletes of absent levels, 1 to 40 levels, snapshots, coarser and finer scales, small capacities
 * that trim), and every level, the scales and the ids compared after every update.
 */
@Timeout(60)
class LocalOrderBookModelTest {

    /** The reference: one side as price to size, best first, trimmed exactly as the book documents. */
    static final class ModelSide {
        final TreeMap<BigDecimal, BigDecimal> levels;
        final int capacity;

        ModelSide(boolean bids, int capacity) {
            this.levels = new TreeMap<>(bids ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder());
            this.capacity = capacity;
        }

        void set(BigDecimal price, BigDecimal size) {
            if (size.signum() == 0) {
                levels.remove(price);
            } else if (levels.containsKey(price)) {
                levels.put(price, size);
            } else if (levels.size() < capacity || levels.comparator().compare(price, levels.lastKey()) < 0) {
                levels.put(price, size);
                if (levels.size() > capacity) {
                    levels.pollLastEntry();
                }
            }
            // else: it would land at or beyond the capacity and is ignored
        }
    }

    /** The reference book: sides plus the scales the book must report (the finest seen so far). */
    static final class Model {
        final ModelSide bids;
        final ModelSide asks;
        int priceScale;
        int sizeScale;

        Model(int capacity) {
            bids = new ModelSide(true, capacity);
            asks = new ModelSide(false, capacity);
        }

        void apply(BookUpdate u) {
            if (u.isSnapshot()) {
                bids.levels.clear();
                asks.levels.clear();
            }
            applySide(u.bids(), bids);
            applySide(u.asks(), asks);
        }

        private void applySide(BookUpdate.Side side, ModelSide into) {
            for (int i = 0; i < side.count(); i++) {
                priceScale = Math.max(priceScale, side.priceScale(i));
                sizeScale = Math.max(sizeScale, side.sizeScale(i));
                into.set(BigDecimal.valueOf(side.price(i), side.priceScale(i)),
                        BigDecimal.valueOf(side.size(i), side.sizeScale(i)).abs());
            }
        }
    }

    /** Generates updates on a grid of quarter-unit prices around 100..120 and eighth-unit sizes. */
    static final class Generator {
        final Random random;
        final Model model;

        Generator(long seed, Model model) {
            this.random = new Random(seed);
            this.model = model;
        }

        BookUpdate next(long id) {
            BookUpdate u = new BookUpdate().begin(BTC, random.nextInt(40) == 0, id, id, 1_000L + id, 2_000L + id);
            fill(u.bids(), true);
            fill(u.asks(), false);
            return u;
        }

        private void fill(BookUpdate.Side side, boolean bids) {
            int[] shapes = {0, 1, 1, 2, 3, 4, 5, 8, 12, 20, 20, 40};
            int n = shapes[random.nextInt(shapes.length)];
            List<Long> quarters = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean duplicate = !quarters.isEmpty() && random.nextInt(12) == 0;
                quarters.add(duplicate ? quarters.get(random.nextInt(quarters.size())) : 400L + random.nextInt(80));
            }
            if (random.nextInt(4) != 0) {
                quarters.sort(bids ? Collections.reverseOrder() : Comparator.naturalOrder());
            }
            for (long q : quarters) {
                int pScale = scale(q % 4 == 0 ? 0 : q % 2 == 0 ? 1 : 2, model.priceScale);
                long eighths = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(4_000);
                int sScale = scale(eighths % 8 == 0 ? 0 : eighths % 4 == 0 ? 1 : eighths % 2 == 0 ? 2 : 3,
                        model.sizeScale);
                long sign = random.nextInt(10) == 0 ? -1 : 1;
                side.add(mantissa(BigDecimal.valueOf(q).divide(BigDecimal.valueOf(4)), pScale), pScale,
                        sign * mantissa(BigDecimal.valueOf(eighths).divide(BigDecimal.valueOf(8)), sScale), sScale);
            }
        }

        /** Mostly the book's current scale (the merge's case), else any exact one from the value's own up to 5. */
        private int scale(int minimal, int book) {
            if (book >= minimal && random.nextInt(5) != 0) {
                return book;
            }
            return minimal + random.nextInt(6 - minimal);
        }

        private static long mantissa(BigDecimal value, int scale) {
            return value.setScale(scale).unscaledValue().longValueExact();
        }
    }

    @ParameterizedTest(name = "seed {0}, capacity {1}")
    @CsvSource({"1, 3", "2, 8", "3, 30", "4, 100", "5, 1", "6, 12"})
    @DisplayName("after every random update the book holds exactly the levels of a one-by-one reference")
    void matchesTheReferenceAfterEveryUpdate(long seed, int capacity) {
        LocalOrderBook book = new LocalOrderBook(ExchangeId.of("toy"), MarketType.SPOT, BTC, capacity, capacity);
        Model model = new Model(capacity);
        Generator generator = new Generator(seed, model);
        for (long id = 1; id <= 3_000; id++) {
            BookUpdate u = generator.next(id);
            model.apply(u);
            book.apply(u);
            assertMatches(book, model, id);
        }
    }

    static void assertMatches(LocalOrderBook book, Model model, long id) {
        assertThat(book.priceScale()).as("price scale after update %d", id).isEqualTo(model.priceScale);
        assertThat(book.sizeScale()).as("size scale after update %d", id).isEqualTo(model.sizeScale);
        assertThat(book.sequence()).isEqualTo(id);
        assertThat(book.exchangeTimestampMillis()).isEqualTo(1_000L + id);
        assertThat(book.receiveTimestampNanos()).isEqualTo(2_000L + id);
        assertThat(levels(book, true)).as("bids after update %d", id).isEqualTo(expected(model.bids, book.priceScale(),
                book.sizeScale()));
        assertThat(levels(book, false)).as("asks after update %d", id).isEqualTo(expected(model.asks,
                book.priceScale(), book.sizeScale()));
    }

    /** Every kept level as "price@size" mantissa pairs (the book was built with depth = capacity, so all show). */
    static List<String> levels(LocalOrderBook book, boolean bids) {
        List<String> out = new ArrayList<>();
        int n = bids ? book.bidCount() : book.askCount();
        for (int i = 0; i < n; i++) {
            out.add(bids ? book.bidPriceMantissa(i) + "@" + book.bidSizeMantissa(i)
                    : book.askPriceMantissa(i) + "@" + book.askSizeMantissa(i));
        }
        return out;
    }

    static List<String> expected(ModelSide side, int priceScale, int sizeScale) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigDecimal> e : side.levels.entrySet()) {
            out.add(e.getKey().setScale(priceScale).unscaledValue().longValueExact() + "@"
                    + e.getValue().setScale(sizeScale).unscaledValue().longValueExact());
        }
        return out;
    }
}
