package io.exwire.testkit.market;

import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Symbol;

import java.util.List;

/**
 * The levels of one book that changed in one step. Sizes are absolute; a zero size deletes the level. The delta
 * consumed the update ids {@code firstUpdateId..lastUpdateId} (one per changed level; an empty delta still consumes
 * one id). Immutable.
 *
 * @param symbol the symbol
 * @param firstUpdateId the first update id of this delta (Gate.io {@code U})
 * @param lastUpdateId the last update id (Gate.io {@code u}); the book's id after the delta
 * @param bids changed bid levels, best first
 * @param asks changed ask levels, best first
 * @param timestampMillis the event time
 */
public record BookDelta(Symbol symbol, long firstUpdateId, long lastUpdateId, List<PriceLevel> bids,
                        List<PriceLevel> asks, long timestampMillis) {

    /** Copies the lists. */
    public BookDelta {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** @return whether no level changed */
    public boolean isEmpty() {
        return bids.isEmpty() && asks.isEmpty();
    }
}
