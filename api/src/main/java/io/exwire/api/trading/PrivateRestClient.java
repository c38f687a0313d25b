package io.exwire.api.trading;

import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Optional;

/**
 * The venue's signed REST endpoints for order entry and account state. Reconciliation after a reconnect uses the
 * query methods.
 *
 * <p><b>Threading.</b> Thread-safe; calls block until the venue answers or the request timeout passes. Requests are
 * signed as the venue documents, with the measured server-time offset applied, and throttled client-side to the
 * venue's documented limits. <b>Errors:</b> {@link io.exwire.api.exception.AuthenticationException},
 * {@link io.exwire.api.exception.RateLimitedException} (with when to retry),
 * {@link io.exwire.api.exception.VenueErrorException} (venue code and message, never the secret or signature),
 * {@link io.exwire.api.exception.RequestTimeoutException}, {@link io.exwire.api.exception.ConnectionLostException}.
 */
public interface PrivateRestClient extends AutoCloseable {

    /**
     * Places an order.
     *
     * @param request the order
     * @return the order as the venue accepted it
     */
    Order placeOrder(OrderRequest request);

    /**
     * Cancels one order.
     *
     * @param symbol the symbol
     * @param orderId the venue's order id
     * @return the order after cancellation
     */
    Order cancelOrder(Symbol symbol, String orderId);

    /**
     * Cancels every open order of a symbol.
     *
     * @param symbol the symbol
     * @return the canceled orders
     */
    List<Order> cancelAll(Symbol symbol);

    /**
     * Queries one order.
     *
     * @param symbol the symbol
     * @param orderId the venue's order id
     * @return the order
     */
    Order order(Symbol symbol, String orderId);

    /**
     * Lists open orders.
     *
     * @param symbol one symbol, or empty for all
     * @return the open orders
     */
    List<Order> openOrders(Optional<Symbol> symbol);

    /**
     * Returns every non-zero balance of the account.
     *
     * @return every non-zero balance of the account
     */
    List<Balance> balances();

    /**
     * Returns open futures positions; empty for spot.
     *
     * @return open futures positions; empty for spot
     */
    List<Position> positions();

    /**
     * Own trades since a time.
     *
     * @param symbol the symbol
     * @param sinceEpochMillis the earliest trade time
     * @return the fills, oldest first
     */
    List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis);

    /**
     * Sets the leverage of a futures contract where the venue supports it.
     *
     * @param symbol the contract
     * @param leverage the leverage
     * @throws io.exwire.api.exception.CapabilityNotSupportedException for spot markets (a capability the venue lacks)
     */
    void setLeverage(Symbol symbol, int leverage);

    /** Releases pooled connections. Idempotent. */
    @Override
    void close();
}
