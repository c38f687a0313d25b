package io.exwire.core.testing;

import io.exwire.api.exception.VenueErrorException;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateRestClient;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A signed REST client answering reconciliation queries from a {@link ToyAccountServer}'s account. */
public final class FakePrivateRest implements PrivateRestClient {

    private final ToyAccountServer account;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** @param account the venue account */
    public FakePrivateRest(ToyAccountServer account) {
        this.account = account;
    }

    /** @return the queries made, e.g. {@code openOrders}, {@code order 42} */
    public List<String> calls() {
        return calls;
    }

    /** @return whether the engine closed this client */
    public boolean closed() {
        return closed;
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("not used by the engine");
    }

    @Override
    public Order cancelOrder(Symbol symbol, String orderId) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("not used by the engine");
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("not used by the engine");
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        calls.add("order " + orderId);
        Order o = account.find(orderId);
        if (o == null) {
            throw new VenueErrorException("order not found", 404, "ORDER_NOT_FOUND");
        }
        return o;
    }

    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        calls.add("openOrders");
        return account.openOrders();
    }

    @Override
    public List<Balance> balances() {
        calls.add("balances");
        return account.balances();
    }

    @Override
    public List<Position> positions() {
        calls.add("positions");
        return List.of();
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        return List.of();
    }

    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("spot");
    }

    @Override
    public void close() {
        closed = true;
    }
}
