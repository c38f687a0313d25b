package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

/**
 * An immutable copy of an order. Order ids are decimal strings of numbers above 2^53 (like Gate.io's futures ids),
 * so a client that parses them through {@code double} corrupts them. {@code status} is {@link OrderStatus#EXPIRED}
 * for an unfilled IOC/FOK remainder and {@link OrderStatus#REJECTED} for a post-only order that would have crossed.
 *
 * @param orderId the order id
 * @param userId the owner
 * @param text the client text
 * @param symbol the symbol
 * @param side the side
 * @param type the type
 * @param timeInForce the time in force
 * @param price the limit price (zero for market)
 * @param size the original size
 * @param filled the filled size
 * @param filledNotional price × size summed over fills, quote asset (× contract size for futures)
 * @param fee the fees paid so far
 * @param feeAsset the asset fees were paid in ("" before any fill)
 * @param status the status
 * @param createTimeMillis creation time
 * @param updateTimeMillis time of the last change
 * @param updateSeq increments with every change of this order, starting at 1
 * @param reduceOnly futures reduce-only flag
 */
public record OrderState(String orderId, String userId, String text, Symbol symbol, Side side, OrderType type,
                         TimeInForce timeInForce, Decimal price, Decimal size, Decimal filled, Decimal filledNotional,
                         Decimal fee, String feeAsset, OrderStatus status, long createTimeMillis, long updateTimeMillis,
                         long updateSeq, boolean reduceOnly) {

    /** @return the unfilled size */
    public Decimal left() {
        return size.subtract(filled);
    }

    /** @return whether the order is still open */
    public boolean isOpen() {
        return status == OrderStatus.NEW || status == OrderStatus.PARTIALLY_FILLED;
    }

    /**
     * @param contractSize the contract size (1 for spot)
     * @return the average fill price, or zero before any fill
     */
    public Decimal averageFillPrice(Decimal contractSize) {
        if (filled.isZero()) {
            return Decimal.ZERO;
        }
        return Decimals.div(filledNotional, Decimals.mul(filled, contractSize), 8);
    }
}
