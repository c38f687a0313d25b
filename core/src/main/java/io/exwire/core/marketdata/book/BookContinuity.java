package io.exwire.core.marketdata.book;

/**
 * A venue's rule for whether a delta continues a book. Stateless; supplied by the adapter.
 */
public interface BookContinuity {

    /** What to do with a delta. */
    enum Verdict {
        /** Apply it. */
        APPLY,
        /** Already contained in the book (older than the snapshot or a duplicate): drop it silently. */
        STALE,
        /** Something is missing between the book and this delta: resynchronise. */
        GAP
    }

    /**
     * The first delta after a snapshot with id {@code snapshotId}.
     *
     * @param snapshotId the snapshot's last update id
     * @param first the delta's first update id
     * @param last the delta's last update id
     * @return the verdict
     */
    Verdict first(long snapshotId, long first, long last);

    /**
     * A delta after the book applied {@code lastApplied}.
     *
     * @param lastApplied the last update id in the book
     * @param first the delta's first update id
     * @param last the delta's last update id
     * @return the verdict
     */
    Verdict next(long lastApplied, long first, long last);

    /**
     * The range rule (Gate.io {@code U}/{@code u}; MEXC {@code fromVersion}/{@code toVersion}; single-version venues
     * with first == last): a delta whose last id is not beyond the book is stale; the first delta after a snapshot
     * must satisfy {@code first <= id + 1 <= last}; every later delta must start at {@code lastApplied + 1}.
     */
    BookContinuity RANGE = new BookContinuity() {
        @Override
        public Verdict first(long snapshotId, long first, long last) {
            if (last <= snapshotId) {
                return Verdict.STALE;
            }
            return first <= snapshotId + 1 ? Verdict.APPLY : Verdict.GAP;
        }

        @Override
        public Verdict next(long lastApplied, long first, long last) {
            if (last <= lastApplied) {
                return Verdict.STALE;
            }
            return first == lastApplied + 1 ? Verdict.APPLY : Verdict.GAP;
        }
    };
}
