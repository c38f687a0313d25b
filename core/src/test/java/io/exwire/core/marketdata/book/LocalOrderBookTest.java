package io.exwire.core.marketdata.book;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class LocalOrderBookTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");

    static LocalOrderBook book(int depth) {
        return new LocalOrderBook(ExchangeId.of("toy"), MarketType.SPOT, BTC, depth);
    }

    /** Builds updates from text levels such as {@code "99.5:1.25"}. */
    static BookUpdate update(boolean snapshot, long first, long last, List<String> bids, List<String> asks) {
        BookUpdate u = new BookUpdate().begin(BTC, snapshot, first, last, 1_000L, 2_000L);
        bids.forEach(l -> add(u.bids(), l));
        asks.forEach(l -> add(u.asks(), l));
        return u;
    }

    private static void add(BookUpdate.Side side, String level) {
        String[] pq = level.split(":");
        Decimal p = Decimal.parse(pq[0]);
        Decimal q = Decimal.parse(pq[1]);
        side.add(p.mantissa(), p.scale(), q.mantissa(), q.scale());
    }

    static PriceLevel level(String price, String size) {
        return new PriceLevel(Decimal.parse(price), Decimal.parse(size));
    }

    @Test
    @DisplayName("deltas insert, update and delete levels; a snapshot update replaces the book; the sequence follows")
    void appliesDeltasAndSnapshots() {
        LocalOrderBook b = book(10);
        b.apply(update(false, 1, 1, List.of("99:1", "98:2"), List.of("101:3", "102:4")));
        b.apply(update(false, 2, 2, List.of("99:5", "98:0", "97:1"), List.of("101:0")));
        OrderBookSnapshot s = b.snapshot(10);
        assertThat(s.bids()).containsExactly(level("99", "5"), level("97", "1"));
        assertThat(s.asks()).containsExactly(level("102", "4"));
        assertThat(b.sequence()).isEqualTo(2);
        assertThat(b.exchangeTimestampMillis()).isEqualTo(1_000L);
        assertThat(b.receiveTimestampNanos()).isEqualTo(2_000L);

        b.apply(update(true, 7, 7, List.of("50:1"), List.of("60:1")));
        assertThat(b.snapshot(10).bids()).containsExactly(level("50", "1"));
        assertThat(b.snapshot(10).asks()).containsExactly(level("60", "1"));
        assertThat(b.sequence()).isEqualTo(7);
    }

    @Test
    @DisplayName("a finer price or size scale rescales the book once; coarser levels are scaled up; values stay exact")
    void scaleChanges() {
        LocalOrderBook b = book(10);
        b.apply(update(false, 1, 1, List.of("99.5:1", "100:2"), List.of("101:0.5")));
        assertThat(b.priceScale()).isEqualTo(1);
        b.apply(update(false, 2, 2, List.of("99.25:0.125"), List.of("101.125:3")));
        assertThat(b.priceScale()).isEqualTo(3);
        assertThat(b.sizeScale()).isEqualTo(3);
        b.apply(update(false, 3, 3, List.of("98:1"), List.of()));
        OrderBookSnapshot s = b.snapshot(10);
        assertThat(s.bids()).containsExactly(level("100", "2"), level("99.5", "1"), level("99.25", "0.125"), level("98", "1"));
        assertThat(s.asks()).containsExactly(level("101", "0.5"), level("101.125", "3"));
        assertThat(b.bidPriceMantissa(0)).isEqualTo(100_000);
        assertThat(b.bidSizeMantissa(2)).isEqualTo(125);
        assertThat(b.bidPrice(1)).isEqualTo(Decimal.parse("99.5"));
        b.apply(update(false, 4, 4, List.of("99.50:0"), List.of()));
        assertThat(b.snapshot(10).bids()).as("deleting at another scale finds the level")
                .containsExactly(level("100", "2"), level("99.25", "0.125"), level("98", "1"));
    }

    @Test
    @DisplayName("the view shows depth levels while more are kept, and reading beyond the view fails")
    void depthAndCapacity() {
        LocalOrderBook b = book(5);
        BookUpdate u = new BookUpdate().begin(BTC, false, 1, 1, 0, 0);
        for (int i = 0; i < 1200; i++) {
            u.bids().add(10_000 - i, 0, 1, 0);
        }
        b.apply(u);
        assertThat(b.bidCount()).isEqualTo(5);
        assertThat(b.snapshot(100).bids()).hasSize(5);
        assertThatThrownBy(() -> b.bidPriceMantissa(5)).isInstanceOf(IndexOutOfBoundsException.class);
        BookUpdate removeTop = new BookUpdate().begin(BTC, false, 2, 2, 0, 0);
        for (int i = 0; i < 995; i++) {
            removeTop.bids().add(10_000 - i, 0, 0, 0);
        }
        b.apply(removeTop);
        assertThat(b.bidCount()).as("levels beyond the visible depth were kept (capacity 1000)").isEqualTo(5);
        assertThat(b.bidPriceMantissa(0)).isEqualTo(10_000 - 995);
        assertThat(b.bidPriceMantissa(4)).isEqualTo(10_000 - 999);
    }

    @Test
    @DisplayName("the view names its venue, market and symbol; asks read best-first by index within the visible depth")
    void identityAndAskLevels() {
        LocalOrderBook b = new LocalOrderBook(ExchangeId.of("toy"), MarketType.FUTURES, BTC, 2);
        b.apply(update(false, 9, 9, List.of("99:1"), List.of("101.5:2", "100.25:0.5", "102:1")));

        assertThat(b.exchange()).isEqualTo(ExchangeId.of("toy"));
        assertThat(b.market()).isEqualTo(MarketType.FUTURES);
        assertThat(b.symbol()).isEqualTo(BTC);
        assertThat(b.askCount()).as("three kept, two visible").isEqualTo(2);
        assertThat(b.priceScale()).isEqualTo(2);
        assertThat(b.askPriceMantissa(0)).isEqualTo(10_025);
        assertThat(b.askSizeMantissa(0)).isEqualTo(5);
        assertThat(b.askPriceMantissa(1)).isEqualTo(10_150);
        assertThat(b.askSizeMantissa(1)).isEqualTo(20);
        assertThatThrownBy(() -> b.askPriceMantissa(2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("level 2 of 2");
        assertThatThrownBy(() -> b.askSizeMantissa(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(b).hasToString("OrderBook[" + BTC + " seq=9 bids=1 asks=3]");
    }

    @Test
    @DisplayName("a book whose best bid reaches the best ask is crossed")
    void crossedDetection() {
        LocalOrderBook b = book(10);
        b.apply(update(false, 1, 1, List.of("99:1"), List.of("100:1")));
        assertThat(b.isCrossed()).isFalse();
        b.apply(update(false, 2, 2, List.of("100:1"), List.of()));
        assertThat(b.isCrossed()).isTrue();
        b.apply(update(false, 3, 3, List.of("100:0"), List.of("100.5:1", "100:0")));
        assertThat(b.isCrossed()).isFalse();
        assertThat(book(10).isCrossed()).as("an empty book is not crossed").isFalse();
    }

    @Test
    @DisplayName("snapshot() is an immutable copy unaffected by later updates; load() replaces the book")
    void snapshotCopyAndLoad() {
        LocalOrderBook b = book(10);
        b.load(new OrderBookSnapshot(BTC, 50, List.of(level("99.5", "1"), level("99", "2.5")),
                List.of(level("100", "1")), 123L), 7L);
        assertThat(b.sequence()).isEqualTo(50);
        OrderBookSnapshot copy = b.snapshot(10);
        b.apply(update(false, 51, 51, List.of("99.5:0"), List.of("100:9")));
        assertThat(copy.bids()).containsExactly(level("99.5", "1"), level("99", "2.5"));
        assertThat(copy.asks()).containsExactly(level("100", "1"));
        assertThat(copy.sequence()).isEqualTo(50);
        assertThatThrownBy(() -> copy.bids().add(level("1", "1"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(b.snapshot(1).bids()).containsExactly(level("99", "2.5"));
        b.clear();
        assertThat(b.bidCount()).isZero();
        assertThat(b.sequence()).isZero();
    }
}
