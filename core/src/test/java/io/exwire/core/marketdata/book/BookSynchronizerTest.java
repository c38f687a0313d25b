package io.exwire.core.marketdata.book;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static io.exwire.core.marketdata.book.LocalOrderBookTest.BTC;
import static io.exwire.core.marketdata.book.LocalOrderBookTest.level;
import static io.exwire.core.marketdata.book.LocalOrderBookTest.update;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class BookSynchronizerTest {

    /** Records what the synchroniser tells its engine. */
    static final class Events implements BookListener {
        final List<OrderBookSnapshot> updates = new ArrayList<>();
        final List<String> gaps = new ArrayList<>();
        final List<Long> resynced = new ArrayList<>();
        int snapshotRequests;

        @Override
        public void updated(LocalOrderBook book) {
            updates.add(book.snapshot(100));
        }

        @Override
        public void gap(Symbol symbol, long expected, long received, String reason) {
            gaps.add(expected + "/" + received + " " + reason);
        }

        @Override
        public void resynced(Symbol symbol, long sequence) {
            resynced.add(sequence);
        }

        @Override
        public void needSnapshot(Symbol symbol) {
            snapshotRequests++;
        }

        OrderBookSnapshot last() {
            return updates.get(updates.size() - 1);
        }
    }

    private final Events events = new Events();

    private BookSynchronizer rest() {
        return new BookSynchronizer(LocalOrderBookTest.book(20), BookContinuity.RANGE, true, events);
    }

    private static BookUpdate delta(long first, long last, String bid, String ask) {
        return update(false, first, last, bid == null ? List.of() : List.of(bid), ask == null ? List.of() : List.of(ask));
    }

    private static OrderBookSnapshot snapshot(long sequence, List<PriceLevel> bids, List<PriceLevel> asks) {
        return new OrderBookSnapshot(BTC, sequence, bids, asks, 0);
    }

    @Nested
    @DisplayName("REST-snapshot mode with the range rule")
    class RestSnapshotMode {

        @Test
        @DisplayName("deltas are buffered while syncing, one snapshot is requested, stale ones are skipped and the rest replayed")
        void bufferThenSnapshotReplay() {
            BookSynchronizer sync = rest();
            sync.start();
            assertThat(events.snapshotRequests).as("no request before the first delta").isZero();
            sync.onUpdate(delta(101, 101, "99:1", null));
            sync.onUpdate(delta(102, 102, "98:1", null));
            sync.onUpdate(delta(103, 104, null, "101:2"));
            sync.onUpdate(delta(105, 105, "99:0", null));
            assertThat(events.snapshotRequests).as("exactly one snapshot request per sync").isEqualTo(1);
            assertThat(events.updates).as("nothing delivered while syncing").isEmpty();
            assertThat(sync.isLive()).isFalse();

            sync.onSnapshot(snapshot(102, List.of(level("99", "1"), level("98", "1"), level("97", "5")), List.of(level("102", "1"))), 1L);

            assertThat(sync.isLive()).isTrue();
            assertThat(events.resynced).containsExactly(105L);
            assertThat(events.updates).hasSize(1);
            assertThat(events.last().bids()).containsExactly(level("98", "1"), level("97", "5"));
            assertThat(events.last().asks()).containsExactly(level("101", "2"), level("102", "1"));
            assertThat(events.last().sequence()).isEqualTo(105);
            assertThat(events.gaps).isEmpty();
        }

        @Test
        @DisplayName("in live mode deltas not beyond the book are stale and dropped silently; continuous ones apply")
        void staleDeltasSkipped() {
            BookSynchronizer sync = live(110);
            sync.onUpdate(delta(105, 110, "1:1", null));
            sync.onUpdate(delta(109, 109, "1:1", null));
            assertThat(events.updates).hasSize(1);
            sync.onUpdate(delta(111, 112, "90:3", null));
            assertThat(events.updates).hasSize(2);
            assertThat(events.last().sequence()).isEqualTo(112);
            assertThat(events.last().bids()).contains(level("90", "3")).doesNotContain(level("1", "1"));
            assertThat(events.gaps).isEmpty();
        }

        @Test
        @DisplayName("the first delta after a snapshot may straddle it (first <= id+1 <= last)")
        void firstDeltaMayStraddle() {
            BookSynchronizer sync = rest();
            sync.start();
            sync.onUpdate(delta(95, 99, "1:1", null));
            sync.onSnapshot(snapshot(100, List.of(level("90", "1")), List.of(level("110", "1"))), 1L);
            assertThat(sync.isLive()).as("nothing beyond the snapshot: live at the snapshot").isTrue();
            assertThat(events.resynced).containsExactly(100L);
            sync.onUpdate(delta(98, 103, "91:1", null));
            assertThat(events.gaps).isEmpty();
            assertThat(events.last().sequence()).isEqualTo(103);
            sync.onUpdate(delta(104, 104, "92:1", null));
            assertThat(events.last().sequence()).isEqualTo(104);
        }

        @Test
        @DisplayName("a snapshot older than the first buffered delta is a gap: resync and request a new snapshot")
        void snapshotTooOld() {
            BookSynchronizer sync = rest();
            sync.start();
            sync.onUpdate(delta(105, 105, "1:1", null));
            sync.onSnapshot(snapshot(100, List.of(), List.of()), 1L);
            assertThat(events.gaps).containsExactly("101/105 snapshot older than buffered deltas");
            assertThat(sync.isLive()).isFalse();
            sync.onUpdate(delta(106, 106, "90:1", null));
            assertThat(events.snapshotRequests).isEqualTo(2);
            sync.onSnapshot(snapshot(105, List.of(level("89", "1")), List.of()), 1L);
            assertThat(sync.isLive()).isTrue();
            assertThat(events.last().bids()).containsExactly(level("90", "1"), level("89", "1"));
        }

        @Test
        @DisplayName("a gap in live mode reports BookGap(expected, received) and resyncs from a new snapshot")
        void gapResyncs() {
            BookSynchronizer sync = live(110);
            int requests = events.snapshotRequests;
            sync.onUpdate(delta(113, 113, "1:1", null));
            assertThat(events.gaps).containsExactly("111/113 sequence gap");
            assertThat(sync.isLive()).isFalse();
            assertThat(sync.book().bidCount()).as("the inconsistent book is cleared").isZero();
            sync.onUpdate(delta(114, 114, "90:2", null));
            assertThat(events.snapshotRequests).isEqualTo(requests + 1);
            sync.onSnapshot(snapshot(113, List.of(level("89", "1")), List.of()), 1L);
            assertThat(sync.isLive()).isTrue();
            assertThat(events.resynced).containsExactly(110L, 114L);
        }

        @Test
        @DisplayName("a delta that crosses the book resyncs it")
        void crossedBookResyncs() {
            BookSynchronizer sync = live(110);
            sync.onUpdate(delta(111, 111, "200:1", null));
            assertThat(events.gaps).containsExactly("0/111 crossed book");
            assertThat(sync.isLive()).isFalse();
            assertThat(events.updates).as("the crossed book is never delivered").hasSize(1);
        }

        @Test
        @DisplayName("more than MAX_BUFFERED deltas while syncing drop the buffer and restart the sync")
        void bufferOverflow() {
            BookSynchronizer sync = rest();
            sync.start();
            for (int i = 1; i <= BookSynchronizer.MAX_BUFFERED; i++) {
                sync.onUpdate(delta(i, i, "1:1", null));
            }
            assertThat(events.gaps).isEmpty();
            sync.onUpdate(delta(BookSynchronizer.MAX_BUFFERED + 1, BookSynchronizer.MAX_BUFFERED + 1, "1:1", null));
            assertThat(events.gaps).containsExactly("0/" + (BookSynchronizer.MAX_BUFFERED + 1)
                    + " delta buffer overflow while synchronising");
            sync.onUpdate(delta(BookSynchronizer.MAX_BUFFERED + 2, BookSynchronizer.MAX_BUFFERED + 2, "2:1", null));
            assertThat(events.snapshotRequests).isEqualTo(2);
            sync.onSnapshot(snapshot(BookSynchronizer.MAX_BUFFERED + 1, List.of(), List.of(level("3", "1"))), 1L);
            assertThat(sync.isLive()).isTrue();
            assertThat(events.last().bids()).containsExactly(level("2", "1"));
        }

        @Test
        @DisplayName("stop() drops the book and ignores later updates and snapshots")
        void stop() {
            BookSynchronizer sync = live(110);
            sync.stop();
            sync.onUpdate(delta(111, 111, "1:1", null));
            sync.onSnapshot(snapshot(111, List.of(level("1", "1")), List.of()), 1L);
            assertThat(sync.isLive()).isFalse();
            assertThat(sync.book().bidCount()).isZero();
            assertThat(events.updates).hasSize(1);
        }

        private BookSynchronizer live(long sequence) {
            BookSynchronizer sync = rest();
            sync.start();
            sync.onUpdate(delta(sequence, sequence, null, null));
            sync.onSnapshot(snapshot(sequence, List.of(level("99", "1")), List.of(level("101", "1"))), 1L);
            assertThat(sync.isLive()).isTrue();
            return sync;
        }
    }

    @Nested
    @DisplayName("stream-snapshot mode")
    class StreamSnapshotMode {

        private BookSynchronizer stream() {
            return new BookSynchronizer(LocalOrderBookTest.book(20), BookContinuity.RANGE, false, events);
        }

        @Test
        @DisplayName("the first subscription waits for the stream's snapshot without asking for another one")
        void startDoesNotRequestBase() {
            BookSynchronizer sync = stream();
            sync.start();
            assertThat(events.snapshotRequests).as("the subscription being sent brings the snapshot").isZero();
        }

        @Test
        @DisplayName("deltas before the stream snapshot are dropped, the snapshot makes the book live, deltas continue it")
        void snapshotFromTheStream() {
            BookSynchronizer sync = stream();
            sync.start();
            sync.onUpdate(delta(5, 5, "50:1", null));
            assertThat(events.updates).isEmpty();
            assertThat(events.snapshotRequests).isZero();
            sync.onUpdate(update(true, 10, 10, List.of("99:1"), List.of("101:1")));
            assertThat(sync.isLive()).isTrue();
            assertThat(events.resynced).containsExactly(10L);
            assertThat(events.last().bids()).containsExactly(level("99", "1"));
            sync.onUpdate(delta(11, 11, "98:2", null));
            assertThat(events.last().bids()).containsExactly(level("99", "1"), level("98", "2"));
            sync.onUpdate(update(true, 20, 20, List.of("95:1"), List.of("105:1")));
            assertThat(events.last().bids()).as("a later stream snapshot replaces the book").containsExactly(level("95", "1"));
            assertThat(events.resynced).containsExactly(10L);
        }

        @Test
        @DisplayName("a gap asks the engine for a new base state (resubscribe) and waits for the next stream snapshot")
        void gapRequestsResubscribe() {
            BookSynchronizer sync = stream();
            sync.start();
            sync.onUpdate(update(true, 10, 10, List.of("99:1"), List.of("101:1")));
            sync.onUpdate(delta(12, 12, "98:1", null));
            assertThat(events.gaps).containsExactly("11/12 sequence gap");
            assertThat(events.snapshotRequests).isEqualTo(1);
            sync.onUpdate(delta(13, 13, "97:1", null));
            assertThat(sync.isLive()).isFalse();
            sync.onUpdate(update(true, 14, 14, List.of("96:1"), List.of("101:1")));
            assertThat(sync.isLive()).isTrue();
            assertThat(events.resynced).containsExactly(10L, 14L);
        }

        @Test
        @DisplayName("a crossed stream snapshot is not delivered and resyncs")
        void crossedStreamSnapshot() {
            BookSynchronizer sync = stream();
            sync.start();
            sync.onUpdate(update(true, 10, 10, List.of("102:1"), List.of("101:1")));
            assertThat(events.gaps).containsExactly("0/10 crossed book");
            assertThat(events.updates).isEmpty();
            assertThat(events.snapshotRequests).isEqualTo(1);
        }
    }
}
