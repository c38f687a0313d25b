package io.exwire.core.marketdata.book;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class BookSideTest {

    private static List<Long> prices(BookSide side) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < side.count(); i++) {
            out.add(side.price(i));
        }
        return out;
    }

    @Test
    @DisplayName("bids are kept best (highest) first, asks best (lowest) first")
    void ordering() {
        BookSide bids = new BookSide(true, 100);
        BookSide asks = new BookSide(false, 100);
        for (long p : new long[]{105, 101, 110, 103, 99}) {
            bids.set(p, 1);
            asks.set(p, 1);
        }
        assertThat(prices(bids)).containsExactly(110L, 105L, 103L, 101L, 99L);
        assertThat(prices(asks)).containsExactly(99L, 101L, 103L, 105L, 110L);
    }

    @Test
    @DisplayName("setting an existing price updates its size; size 0 deletes; deleting an absent level changes nothing")
    void updateAndDelete() {
        BookSide asks = new BookSide(false, 100);
        asks.set(10, 1);
        asks.set(11, 2);
        asks.set(10, 7);
        assertThat(asks.count()).isEqualTo(2);
        assertThat(asks.size(0)).isEqualTo(7);
        asks.set(10, 0);
        assertThat(prices(asks)).containsExactly(11L);
        asks.set(50, 0);
        assertThat(prices(asks)).containsExactly(11L);
        assertThat(asks.size(0)).isEqualTo(2);
    }

    @Test
    @DisplayName("beyond the capacity the worst levels are trimmed and worse inserts are ignored")
    void capacityTrimming() {
        BookSide bids = new BookSide(true, 3);
        for (long p = 1; p <= 5; p++) {
            bids.set(p, p);
        }
        assertThat(prices(bids)).containsExactly(5L, 4L, 3L);
        bids.set(2, 9);
        assertThat(prices(bids)).as("a level worse than the worst kept is ignored").containsExactly(5L, 4L, 3L);
        bids.set(10, 1);
        assertThat(prices(bids)).containsExactly(10L, 5L, 4L);
        bids.set(5, 0);
        assertThat(prices(bids)).containsExactly(10L, 4L);
    }

    @Test
    @DisplayName("grows past its initial arrays and matches a reference model under random updates")
    void randomUpdatesMatchModel() {
        BookSide asks = new BookSide(false, 1000);
        TreeMap<Long, Long> model = new TreeMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long price = 1 + random.nextInt(800);
            long size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(100);
            asks.set(price, size);
            if (size == 0) {
                model.remove(price);
            } else {
                model.put(price, size);
            }
        }
        assertThat(prices(asks)).isEqualTo(new ArrayList<>(model.keySet()));
        for (int i = 0; i < asks.count(); i++) {
            assertThat(asks.size(i)).isEqualTo(model.get(asks.price(i)));
        }
        List<Long> sorted = new ArrayList<>(prices(asks));
        Collections.sort(sorted);
        assertThat(prices(asks)).isEqualTo(sorted);
    }

    @Test
    @DisplayName("rescale multiplies every price and size, and clear empties the side")
    void rescaleAndClear() {
        BookSide bids = new BookSide(true, 10);
        bids.set(15, 2);
        bids.set(14, 3);
        bids.rescale(10, 100);
        assertThat(prices(bids)).containsExactly(150L, 140L);
        assertThat(bids.size(1)).isEqualTo(300);
        bids.clear();
        assertThat(bids.count()).isZero();
    }
}
