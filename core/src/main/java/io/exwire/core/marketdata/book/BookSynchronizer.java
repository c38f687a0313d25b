package io.exwire.core.marketdata.book;

import io.exwire.api.marketdata.OrderBookSnapshot;

import java.util.ArrayDeque;

/**
 * Keeps one symbol's {@link LocalOrderBook} consistent: SYNCING (deltas buffered; the REST snapshot is requested
 * when the first delta is buffered, so snapshot and stream overlap, as the venues' documented algorithms require)
 * → LIVE (deltas applied under the venue's {@link BookContinuity}); a gap, a crossed book or a buffer overflow
 * returns it to SYNCING and asks for a new base state, for this symbol only.
 *
 * <pre>
 *   start() ──▶ SYNCING ──snapshot + replay ok──▶ LIVE ──gap / crossed──▶ SYNCING
 *                  ▲   └──stream snapshot (full)──▶ LIVE                     │
 *                  └──────────── snapshot too old / buffer overflow ─────────┘
 * </pre>
 *
 * Runs on the dispatch lane; not thread-safe.
 */
public final class BookSynchronizer {

    /** Buffered deltas before the buffer is dropped and the sync restarted. */
    static final int MAX_BUFFERED = 10_000;

    private enum State { IDLE, SYNCING, LIVE }

    private final LocalOrderBook book;
    private final BookContinuity rule;
    private final boolean bufferForRestSnapshot;
    private final BookListener listener;
    private final ArrayDeque<BookUpdate> buffer = new ArrayDeque<>();
    private State state = State.IDLE;
    private boolean awaitingFirstDelta;
    private boolean snapshotRequested;
    private long snapshotSequence;

    /**
     * @param book the book
     * @param rule the venue's continuity rule
     * @param bufferForRestSnapshot true for REST snapshots (buffer deltas), false for stream snapshots (drop until
     *     the stream's snapshot)
     * @param listener the engine
     */
    public BookSynchronizer(LocalOrderBook book, BookContinuity rule, boolean bufferForRestSnapshot,
                            BookListener listener) {
        this.book = book;
        this.rule = rule;
        this.bufferForRestSnapshot = bufferForRestSnapshot;
        this.listener = listener;
    }

    /** @return the book */
    public LocalOrderBook book() {
        return book;
    }

    /** @return whether the book is live */
    public boolean isLive() {
        return state == State.LIVE;
    }

    /**
     * Begins (or restarts) synchronisation without reporting a gap, for a (re)subscription being sent: its data brings
     * the base state (the first delta triggers the REST snapshot; stream-snapshot venues send one after subscribing),
     * so no base state is requested here.
     */
    public void start() {
        enterSyncing(false);
    }

    /**
     * Restarts synchronisation and reports a gap.
     *
     * @param expected expected update id, or 0
     * @param received received update id, or 0
     * @param reason why
     */
    public void resync(long expected, long received, String reason) {
        listener.gap(book.symbol(), expected, received, reason);
        enterSyncing(true);
    }

    /** Stops maintaining the book (unsubscribed). */
    public void stop() {
        state = State.IDLE;
        buffer.clear();
        book.clear();
    }

    /**
     * A decoded book message.
     *
     * @param update the update (reused by the decoder; copied if buffered)
     */
    public void onUpdate(BookUpdate update) {
        if (state == State.IDLE) {
            return;
        }
        if (update.isSnapshot()) {
            acceptStreamSnapshot(update);
        } else if (state == State.SYNCING) {
            bufferDelta(update);
        } else {
            applyLive(update);
        }
    }

    /**
     * A REST snapshot arrived (on the lane).
     *
     * @param snapshot the snapshot
     * @param receiveNanos when it arrived, epoch ns
     */
    public void onSnapshot(OrderBookSnapshot snapshot, long receiveNanos) {
        if (state != State.SYNCING) {
            return;
        }
        book.load(snapshot, receiveNanos);
        snapshotSequence = snapshot.sequence();
        awaitingFirstDelta = true;
        while (!buffer.isEmpty()) {
            if (!replay(buffer.pollFirst())) {
                return;
            }
        }
        goLive();
    }

    private boolean replay(BookUpdate delta) {
        BookContinuity.Verdict v = verdict(delta);
        if (v == BookContinuity.Verdict.STALE) {
            return true;
        }
        if (v == BookContinuity.Verdict.GAP) {
            resync(expected(), delta.firstUpdateId(), "snapshot older than buffered deltas");
            return false;
        }
        book.apply(delta);
        awaitingFirstDelta = false;
        return true;
    }

    private void acceptStreamSnapshot(BookUpdate update) {
        buffer.clear();
        book.apply(update);
        awaitingFirstDelta = false;
        if (book.isCrossed()) {
            resync(0, update.lastUpdateId(), "crossed book");
            return;
        }
        if (state != State.LIVE) {
            goLive();
        } else {
            listener.updated(book);
        }
    }

    private void bufferDelta(BookUpdate update) {
        if (!bufferForRestSnapshot) {
            return;
        }
        if (buffer.size() >= MAX_BUFFERED) {
            resync(0, update.firstUpdateId(), "delta buffer overflow while synchronising");
            return;
        }
        buffer.addLast(update.copy());
        if (!snapshotRequested) {
            snapshotRequested = true;
            listener.needSnapshot(book.symbol());
        }
    }

    private void applyLive(BookUpdate update) {
        BookContinuity.Verdict v = verdict(update);
        if (v == BookContinuity.Verdict.STALE) {
            return;
        }
        if (v == BookContinuity.Verdict.GAP) {
            resync(expected(), update.firstUpdateId(), "sequence gap");
            return;
        }
        book.apply(update);
        awaitingFirstDelta = false;
        if (book.isCrossed()) {
            resync(0, update.lastUpdateId(), "crossed book");
            return;
        }
        listener.updated(book);
    }

    private BookContinuity.Verdict verdict(BookUpdate u) {
        return awaitingFirstDelta
                ? rule.first(snapshotSequence, u.firstUpdateId(), u.lastUpdateId())
                : rule.next(book.sequence(), u.firstUpdateId(), u.lastUpdateId());
    }

    private long expected() {
        return (awaitingFirstDelta ? snapshotSequence : book.sequence()) + 1;
    }

    private void goLive() {
        state = State.LIVE;
        listener.resynced(book.symbol(), book.sequence());
        listener.updated(book);
    }

    private void enterSyncing(boolean requestBase) {
        state = State.SYNCING;
        buffer.clear();
        book.clear();
        awaitingFirstDelta = false;
        snapshotRequested = false;
        if (requestBase && !bufferForRestSnapshot) {
            listener.needSnapshot(book.symbol());
        }
    }
}
