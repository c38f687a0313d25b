package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Liquidity;

/**
 * One own trade (a fill of one of the account's orders). Immutable.
 *
 * @param tradeId the trade id (above 2^53)
 * @param orderId the order id
 * @param userId the owner
 * @param symbol the symbol
 * @param side the order's side
 * @param price the fill price
 * @param size the filled size, positive
 * @param liquidity maker or taker
 * @param fee the fee
 * @param feeAsset the fee asset
 * @param text the order's client text
 * @param timestampMillis the fill time
 */
public record OwnFill(long tradeId, String orderId, String userId, Symbol symbol, Side side, Decimal price,
                      Decimal size, Liquidity liquidity, Decimal fee, String feeAsset, String text,
                      long timestampMillis) {
}
