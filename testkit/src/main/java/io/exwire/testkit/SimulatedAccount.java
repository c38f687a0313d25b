package io.exwire.testkit;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

import java.util.List;

/**
 * A scriptable account on a simulator. Each action changes orders, balances, positions (futures) and own trades
 * consistently and pushes the changes on the private channels with the venue's field names and enums; the REST
 * endpoints (open orders, balances, positions) report the same state. Actions taken while no client is connected
 * are not pushed, only visible over REST — exactly the situation reconciliation exists for. Thread-safe.
 */
public interface SimulatedAccount {

    /** @return the API key */
    String apiKey();

    /**
     * Places a limit order (as if through the venue's REST API).
     *
     * @param symbol the symbol
     * @param side the side
     * @param price the price
     * @param size the size (contracts for futures)
     * @return the venue order id
     */
    String placeLimit(Symbol symbol, Side side, Decimal price, Decimal size);

    /**
     * Fills part or all of an open order at its price.
     *
     * @param orderId the order
     * @param size the size to fill
     */
    void fill(String orderId, Decimal size);

    /**
     * Cancels an open order.
     *
     * @param orderId the order
     */
    void cancel(String orderId);

    /** @return ids of open orders */
    List<String> openOrderIds();

    /**
     * @param asset the asset
     * @return the available balance
     */
    Decimal available(String asset);

    /**
     * @param symbol a futures contract
     * @return the signed position size in contracts (0 for spot)
     */
    Decimal position(Symbol symbol);
}
