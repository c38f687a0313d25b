package io.exwire.api.marketdata;

import io.exwire.api.model.Symbol;

import java.util.List;

/**
 * An immutable copy of a book: from REST (with the venue's sequence id) or from {@link OrderBookView#snapshot}.
 *
 * @param symbol the symbol
 * @param sequence the venue's update id or version of this state
 * @param bids best first
 * @param asks best first
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 */
public record OrderBookSnapshot(Symbol symbol, long sequence, List<PriceLevel> bids, List<PriceLevel> asks,
                                long exchangeTimestampMillis) {

    /** Copies the level lists. */
    public OrderBookSnapshot {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
