package io.exwire.api.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * The state of one order after a change. Sizes are absolute, in the venue's native unit (contracts for futures).
 *
 * @param exchange the venue
 * @param market the market
 * @param symbol the symbol
 * @param orderId the venue's order id, as a string (ids can exceed 2^53)
 * @param clientOrderId the client order id, or an empty string
 * @param side the side
 * @param type the type
 * @param timeInForce the time in force, or null when not sent
 * @param price the limit price, or null for market orders
 * @param size the order size
 * @param filledSize the filled size
 * @param averageFillPrice the average fill price, or null
 * @param status the status
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 * @param receiveTimestampNanos local receive time
 * @param reconciled whether produced by REST reconciliation
 */
public record Order(ExchangeId exchange, MarketType market, Symbol symbol, String orderId, String clientOrderId,
                    Side side, OrderType type, TimeInForce timeInForce, Decimal price, Decimal size,
                    Decimal filledSize, Decimal averageFillPrice, OrderStatus status, long exchangeTimestampMillis,
                    long receiveTimestampNanos, boolean reconciled) implements AccountEvent {

    /**
     * Returns whether the order can still fill.
     *
     * @return whether the order can still fill
     */
    public boolean isOpen() {
        return status == OrderStatus.NEW || status == OrderStatus.PARTIALLY_FILLED;
    }
}
