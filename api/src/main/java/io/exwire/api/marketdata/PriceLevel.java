package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;

/**
 * One price level of a book copy.
 *
 * @param price the price
 * @param size the total size at that price, in the venue's native unit
 */
public record PriceLevel(Decimal price, Decimal size) {
}
