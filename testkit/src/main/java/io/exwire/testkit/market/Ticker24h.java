package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

/**
 * Rolling statistics of a symbol since the simulator started (the simulator's "24h"). Immutable.
 *
 * @param symbol the symbol
 * @param last the last trade price (the initial mid before any trade)
 * @param open the opening price
 * @param high the highest trade price
 * @param low the lowest trade price
 * @param baseVolume traded size (base units, or contracts for futures)
 * @param quoteVolume traded notional in the quote asset
 * @param top the current best bid/ask
 */
public record Ticker24h(Symbol symbol, Decimal last, Decimal open, Decimal high, Decimal low, Decimal baseVolume,
                       Decimal quoteVolume, BookTop top) {

    /** @return the change from open to last in percent, two decimals */
    public Decimal changePercent() {
        Decimal diff = last.subtract(open);
        return Decimals.div(Decimals.mul(diff, Decimal.ofLong(100)), open, 2);
    }
}
