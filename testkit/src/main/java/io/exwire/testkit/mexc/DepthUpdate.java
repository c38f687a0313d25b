package io.exwire.testkit.mexc;

import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BookDelta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book deltas of one symbol within one tick, merged into one push: versions {@code first..last}, changed levels
 * with the last size per price winning. The parts are kept for venues that push one version at a time. Immutable.
 *
 * @param symbol the symbol
 * @param first the first version covered
 * @param last the last version covered (the book's version after the update)
 * @param bids merged changed bids
 * @param asks merged changed asks
 * @param timestampMillis time of the last part
 * @param parts the original deltas, in order
 */
record DepthUpdate(Symbol symbol, long first, long last, List<PriceLevel> bids, List<PriceLevel> asks,
                   long timestampMillis, List<BookDelta> parts) {

    /**
     * Merges consecutive deltas of one symbol.
     *
     * @param deltas at least one delta, in version order
     * @return the merged update
     */
    static DepthUpdate merge(List<BookDelta> deltas) {
        Map<String, PriceLevel> bids = new LinkedHashMap<>();
        Map<String, PriceLevel> asks = new LinkedHashMap<>();
        for (BookDelta delta : deltas) {
            delta.bids().forEach(level -> bids.put(level.price().toString(), level));
            delta.asks().forEach(level -> asks.put(level.price().toString(), level));
        }
        BookDelta head = deltas.getFirst();
        BookDelta tail = deltas.getLast();
        return new DepthUpdate(head.symbol(), head.firstUpdateId(), tail.lastUpdateId(),
                new ArrayList<>(bids.values()), new ArrayList<>(asks.values()), tail.timestampMillis(),
                List.copyOf(deltas));
    }
}
