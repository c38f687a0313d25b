package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

import java.util.Objects;

/**
 * An order request to the ledger. Immutable.
 *
 * @param symbol the symbol
 * @param side buy or sell
 * @param type limit or market
 * @param price the limit price (ignored, may be null, for market orders)
 * @param size the size, positive (base units for spot, contracts for futures)
 * @param timeInForce the time in force
 * @param text the client's order text (client order id), may be empty
 * @param reduceOnly futures: only reduce the position
 */
public record NewOrder(Symbol symbol, Side side, OrderType type, Decimal price, Decimal size, TimeInForce timeInForce,
                       String text, boolean reduceOnly) {

    /** Validates the fields. */
    public NewOrder {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(timeInForce, "timeInForce");
        text = text == null ? "" : text;
    }

    /**
     * A good-till-cancelled limit order.
     *
     * @param symbol the symbol
     * @param side the side
     * @param price the price
     * @param size the size
     * @return the request
     */
    public static NewOrder limit(Symbol symbol, Side side, Decimal price, Decimal size) {
        return new NewOrder(symbol, side, OrderType.LIMIT, price, size, TimeInForce.GTC, "", false);
    }
}
