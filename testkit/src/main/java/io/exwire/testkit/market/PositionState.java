package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

/**
 * A futures position (one-way mode). Immutable.
 *
 * @param userId the owner
 * @param symbol the contract
 * @param size signed contracts (positive long, negative short, zero flat)
 * @param entryPrice the average entry price (zero when flat)
 * @param margin position margin in the settle asset
 * @param realisedPnl realised PnL so far (fees not included)
 * @param leverage the leverage
 * @param updateSeq increments with every change of any of the user's positions
 * @param updateTimeMillis time of the last change
 */
public record PositionState(String userId, Symbol symbol, Decimal size, Decimal entryPrice, Decimal margin,
                            Decimal realisedPnl, int leverage, long updateSeq, long updateTimeMillis) {
}
