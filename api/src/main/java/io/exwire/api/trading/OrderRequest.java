package io.exwire.api.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

import java.util.Objects;

/**
 * A new order. Sizes are in the venue's native unit (contracts for futures), absolute; direction is {@code side}.
 *
 * @param symbol the symbol
 * @param side buy or sell
 * @param type limit or market
 * @param timeInForce GTC, IOC, FOK or POST_ONLY (limit only)
 * @param price the limit price; null for market orders
 * @param size the size, positive
 * @param clientOrderId the client order id, or an empty string
 * @param reduceOnly futures only: only reduce the position
 */
public record OrderRequest(Symbol symbol, Side side, OrderType type, TimeInForce timeInForce, Decimal price,
                           Decimal size, String clientOrderId, boolean reduceOnly) {

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if a field is missing or inconsistent
     */
    public OrderRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(size, "size");
        if (size.signum() <= 0) {
            throw new IllegalArgumentException("size must be positive but was " + size);
        }
        if (type == OrderType.LIMIT && (price == null || price.signum() <= 0)) {
            throw new IllegalArgumentException("a limit order needs a positive price");
        }
        if (type == OrderType.MARKET && price != null) {
            throw new IllegalArgumentException("a market order takes no price");
        }
        if (type == OrderType.OTHER) {
            throw new IllegalArgumentException("type must be LIMIT or MARKET");
        }
        clientOrderId = clientOrderId == null ? "" : clientOrderId;
    }

    /**
     * A GTC limit order.
     *
     * @param symbol the symbol
     * @param side the side
     * @param price the price
     * @param size the size
     * @return the request
     */
    public static OrderRequest limit(Symbol symbol, Side side, Decimal price, Decimal size) {
        return new OrderRequest(symbol, side, OrderType.LIMIT, TimeInForce.GTC, price, size, "", false);
    }

    /**
     * A market order (IOC).
     *
     * @param symbol the symbol
     * @param side the side
     * @param size the size
     * @return the request
     */
    public static OrderRequest market(Symbol symbol, Side side, Decimal size) {
        return new OrderRequest(symbol, side, OrderType.MARKET, TimeInForce.IOC, null, size, "", false);
    }

    /**
     * Returns a copy with the client order id.
     *
     * @param id the client order id
     * @return a copy with the client order id
     */
    public OrderRequest withClientOrderId(String id) {
        return new OrderRequest(symbol, side, type, timeInForce, price, size, id, reduceOnly);
    }
}
