package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

/**
 * Best bid and ask of a book at one update id. A missing side has a {@code null} price and a zero size. Immutable.
 *
 * @param symbol the symbol
 * @param updateId the book's update id
 * @param bidPrice best bid price or null
 * @param bidSize best bid size
 * @param askPrice best ask price or null
 * @param askSize best ask size
 * @param timestampMillis the time of the last change
 */
public record BookTop(Symbol symbol, long updateId, Decimal bidPrice, Decimal bidSize, Decimal askPrice,
                      Decimal askSize, long timestampMillis) {

    /**
     * @param other another top
     * @return whether prices and sizes are equal (ids and times ignored)
     */
    public boolean samePrices(BookTop other) {
        return other != null && java.util.Objects.equals(bidPrice, other.bidPrice)
                && java.util.Objects.equals(askPrice, other.askPrice)
                && bidSize.equals(other.bidSize) && askSize.equals(other.askSize);
    }
}
