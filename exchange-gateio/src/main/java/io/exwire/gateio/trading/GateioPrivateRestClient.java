package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.JsonTree;

import java.util.List;
import java.util.Optional;

/**
 * Gate.io's signed REST API v4 for one market (spot or USDT futures), signed as Gate.io documents it (see
 * {@link GateioSigner}) with the measured server-time offset, throttled to Gate.io's documented limits per call
 * family, venue errors ({@code {"label","message"}}) mapped to the api's exceptions. Client order ids travel as
 * Gate.io {@code text} with the required {@code t-} prefix, which is added when missing and stripped from answers.
 * Spot {@link #setLeverage} throws {@link io.exwire.api.exception.CapabilityNotSupportedException}: spot has no leverage. Thread-safe.
 */
public final class GateioPrivateRestClient implements PrivateRestClient {

    private final SignedRest rest;
    private final MarketTrading trading;
    private volatile String userId;

    /**
     * @param config the configuration (market, REST root override, timeouts, clock)
     * @param credentials the API key and secret
     */
    public GateioPrivateRestClient(ExchangeConfig config, Credentials credentials) {
        this.rest = new SignedRest(config, credentials);
        this.trading = config.market() == MarketType.SPOT ? new SpotTrading(rest) : new FuturesTrading(rest);
        this.userId = credentials.accountId().orElse(null);
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        return trading.place(request);
    }

    @Override
    public Order cancelOrder(Symbol symbol, String orderId) {
        return trading.cancel(symbol, orderId);
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        return trading.cancelAll(symbol);
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        return trading.order(symbol, orderId);
    }

    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        return trading.openOrders(symbol);
    }

    @Override
    public List<Balance> balances() {
        return trading.balances();
    }

    @Override
    public List<Position> positions() {
        return trading.positions();
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        return trading.ownTrades(symbol, sinceEpochMillis);
    }

    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        trading.setLeverage(symbol, leverage);
    }

    /**
     * The account's Gate.io user id, which futures subscriptions need: from {@link Credentials#accountId()} when
     * given, else {@code GET /api/v4/account/detail} ({@code user_id}), fetched once.
     *
     * @return the user id as a string
     */
    public String userId() {
        String id = userId;
        if (id == null) {
            Object body = rest.call(SignedRest.Lane.GENERAL, "GET", GateioEndpoints.API_PREFIX + "/account/detail",
                    "", "");
            id = JsonTree.object(body).string("user_id");
            if (id == null || id.isEmpty()) {
                throw new ProtocolException("gateio account detail without user_id");
            }
            userId = id;
        }
        return id;
    }

    /** @return the venue's current time (local clock plus the measured offset) in epoch milliseconds */
    long serverNowMillis() {
        return rest.nowMillis();
    }

    @Override
    public void close() {
        rest.close();
    }
}
