package io.exwire.core.trading;

import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.Position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last known state of every order, balance and position, as pushed or reconciled. Reconciliation compares the
 * venue's REST view with it and emits what differs. Lane-confined.
 */
final class KnownAccountState {

    private final Map<String, Order> orders = new HashMap<>();
    private final Map<String, Balance> balances = new HashMap<>();
    private final Map<String, Position> positions = new HashMap<>();

    void order(Order o) {
        orders.put(o.orderId(), o);
    }

    void balance(Balance b) {
        balances.put(b.asset(), b);
    }

    void position(Position p) {
        positions.put(p.symbol().toString(), p);
    }

    List<Order> openOrders() {
        List<Order> open = new ArrayList<>();
        for (Order o : orders.values()) {
            if (o.isOpen()) {
                open.add(o);
            }
        }
        return open;
    }

    List<Position> positions() {
        return new ArrayList<>(positions.values());
    }

    boolean differs(Order o) {
        Order prev = orders.get(o.orderId());
        return prev == null || prev.status() != o.status() || !Objects.equals(prev.filledSize(), o.filledSize())
                || !Objects.equals(prev.price(), o.price()) || !Objects.equals(prev.size(), o.size());
    }

    boolean differs(Balance b) {
        Balance prev = balances.get(b.asset());
        return prev == null || !Objects.equals(prev.available(), b.available())
                || !Objects.equals(prev.locked(), b.locked()) || !Objects.equals(prev.total(), b.total());
    }

    boolean differs(Position p) {
        Position prev = positions.get(p.symbol().toString());
        return prev == null || prev.side() != p.side() || !Objects.equals(prev.size(), p.size())
                || !Objects.equals(prev.entryPrice(), p.entryPrice());
    }
}
