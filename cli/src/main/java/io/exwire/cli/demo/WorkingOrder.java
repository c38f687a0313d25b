package io.exwire.cli.demo;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * A demo order that is still open, in lots.
 *
 * @param symbol the symbol
 * @param side the side
 * @param price the limit price
 * @param lot the lot size
 * @param lots the order size in lots
 * @param filledLots lots filled so far
 */
record WorkingOrder(Symbol symbol, Side side, Decimal price, Decimal lot, long lots, long filledLots) {

    /** @return lots still open */
    long remainingLots() {
        return lots - filledLots;
    }

    /**
     * @param filled lots just filled
     * @return the order after the fill
     */
    WorkingOrder fill(long filled) {
        return new WorkingOrder(symbol, side, price, lot, lots, filledLots + filled);
    }
}
