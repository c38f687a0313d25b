package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;

/**
 * One asset's balance. For futures the settle asset's {@code locked} is order margin plus position margin. Immutable.
 *
 * @param asset the asset
 * @param total available plus locked
 * @param locked reserved by open orders (and positions, for futures)
 */
public record BalanceState(String asset, Decimal total, Decimal locked) {

    /** @return total minus locked */
    public Decimal available() {
        return total.subtract(locked);
    }
}
