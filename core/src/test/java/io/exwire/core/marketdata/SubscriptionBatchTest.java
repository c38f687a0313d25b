package io.exwire.core.marketdata;

import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class SubscriptionBatchTest {

    private static final Symbol A = Symbol.of("A", "USDT");
    private static final Symbol B = Symbol.of("B", "USDT");
    private static final Symbol C = Symbol.of("C", "USDT");

    @Test
    @DisplayName("the future completes only when every symbol has all its answers")
    void completesWhenAllAnswered() {
        SubscriptionBatch batch = new SubscriptionBatch();
        batch.expect(A, 2);
        batch.expect(B, 1);
        batch.accepted(A);
        batch.accepted(B);
        assertThat(batch.future()).isNotDone();
        batch.accepted(A);
        SubscriptionResult r = batch.future().join();
        assertThat(r.accepted()).containsExactlyInAnyOrder(A, B);
        assertThat(r.allAccepted()).isTrue();
    }

    @Test
    @DisplayName("a rejection wins over acceptances of the same symbol, in either order; other symbols are unaffected")
    void rejectionWins() {
        SubscriptionBatch batch = new SubscriptionBatch();
        batch.expect(A, 2);
        batch.expect(B, 2);
        batch.expect(C, 1);
        UnknownSymbolException unknownA = new UnknownSymbolException("A", "x");
        UnknownSymbolException unknownB = new UnknownSymbolException("B", "x");
        batch.accepted(A);
        batch.rejected(A, unknownA);
        batch.rejected(B, unknownB);
        batch.accepted(B);
        batch.accepted(C);
        SubscriptionResult r = batch.future().join();
        assertThat(r.accepted()).containsExactly(C);
        assertThat(r.rejected()).containsEntry(A, unknownA).containsEntry(B, unknownB).hasSize(2);
        assertThat(r.allAccepted()).isFalse();
    }

    @Test
    @DisplayName("failAll rejects whatever is still outstanding, keeping earlier answers; late answers change nothing")
    void failAll() {
        SubscriptionBatch batch = new SubscriptionBatch();
        batch.expect(A, 1);
        batch.expect(B, 1);
        batch.accepted(A);
        RequestTimeoutException timeout = new RequestTimeoutException("no answer");
        batch.failAll(timeout);
        SubscriptionResult r = batch.future().join();
        assertThat(r.accepted()).containsExactly(A);
        assertThat(r.rejected()).containsOnlyKeys(B);
        batch.accepted(B);
        assertThat(batch.future().join()).isSameAs(r);
    }

    @Test
    @DisplayName("an answer for a symbol not expected is ignored; a batch with nothing to wait for completes at once")
    void strayAnswersAndEmptyBatch() {
        SubscriptionBatch batch = new SubscriptionBatch();
        batch.expect(A, 1);
        batch.accepted(B);
        assertThat(batch.future()).isNotDone();
        batch.accepted(A);
        assertThat(batch.future().join().accepted()).containsExactly(A);
        SubscriptionBatch empty = new SubscriptionBatch();
        empty.completeIfDone();
        assertThat(empty.future().join().accepted()).isEmpty();
    }
}
