package io.exwire.core.marketdata.book;

import io.exwire.api.model.Symbol;

/** What a {@link BookSynchronizer} tells its engine. Called on the dispatch lane. */
public interface BookListener {

    /**
     * The book changed and is consistent.
     *
     * @param book the book (the view handlers receive)
     */
    void updated(LocalOrderBook book);

    /**
     * Continuity was lost; a resync has begun.
     *
     * @param symbol the symbol
     * @param expected the update id that would have continued the book (0 if not applicable)
     * @param received the update id received instead (0 if not applicable)
     * @param reason why
     */
    void gap(Symbol symbol, long expected, long received, String reason);

    /**
     * The book is live again.
     *
     * @param symbol the symbol
     * @param sequence its update id
     */
    void resynced(Symbol symbol, long sequence);

    /**
     * The book needs a base state: fetch a REST snapshot (then call {@link BookSynchronizer#onSnapshot} on the
     * lane) or, for stream-snapshot venues, resubscribe the symbol's book channel.
     *
     * @param symbol the symbol
     */
    void needSnapshot(Symbol symbol);
}
