package io.exwire.core.marketdata.book;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.exwire.core.marketdata.book.BookContinuity.RANGE;
import static io.exwire.core.marketdata.book.BookContinuity.Verdict.APPLY;
import static io.exwire.core.marketdata.book.BookContinuity.Verdict.GAP;
import static io.exwire.core.marketdata.book.BookContinuity.Verdict.STALE;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class BookContinuityTest {

    @Test
    @DisplayName("RANGE, first delta after snapshot 100: stale when it ends at or before 100, applied when it covers 101, a gap when it starts after 101")
    void firstDeltaAfterSnapshot() {
        assertThat(RANGE.first(100, 90, 99)).isEqualTo(STALE);
        assertThat(RANGE.first(100, 95, 100)).as("ends exactly at the snapshot").isEqualTo(STALE);
        assertThat(RANGE.first(100, 95, 105)).as("straddles the snapshot").isEqualTo(APPLY);
        assertThat(RANGE.first(100, 101, 101)).as("single id right after the snapshot").isEqualTo(APPLY);
        assertThat(RANGE.first(100, 102, 110)).as("101 is missing").isEqualTo(GAP);
    }

    @Test
    @DisplayName("RANGE, later deltas after 100 was applied: stale when not beyond 100, applied only when starting at 101")
    void laterDeltas() {
        assertThat(RANGE.next(100, 100, 100)).as("duplicate").isEqualTo(STALE);
        assertThat(RANGE.next(100, 97, 99)).isEqualTo(STALE);
        assertThat(RANGE.next(100, 101, 104)).isEqualTo(APPLY);
        assertThat(RANGE.next(100, 99, 104)).as("overlaps what was applied").isEqualTo(GAP);
        assertThat(RANGE.next(100, 102, 104)).as("101 is missing").isEqualTo(GAP);
    }
}
