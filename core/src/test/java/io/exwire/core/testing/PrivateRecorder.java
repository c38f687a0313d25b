package io.exwire.core.testing;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.api.trading.Reconciliation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records every callback of a private component. */
public final class PrivateRecorder {

    private final List<Order> orders = new CopyOnWriteArrayList<>();
    private final List<Balance> balances = new CopyOnWriteArrayList<>();
    private final List<Reconciliation> reconciliations = new CopyOnWriteArrayList<>();
    private final List<StreamGap> streamGaps = new CopyOnWriteArrayList<>();
    private final List<ConnectionStateChange> states = new CopyOnWriteArrayList<>();
    private final List<ExwireException> errors = new CopyOnWriteArrayList<>();
    private volatile Consumer<Order> orderHook = o -> { };

    /** @return handlers recording into this recorder */
    public PrivateWebsocketHandlers handlers() {
        return PrivateWebsocketHandlers.builder()
                .onOrder(o -> {
                    orders.add(o);
                    orderHook.accept(o);
                })
                .onBalance(balances::add)
                .onReconciled(reconciliations::add)
                .onStreamGap(streamGaps::add)
                .onConnectionState(states::add)
                .onError(errors::add)
                .build();
    }

    /** @param hook runs inside the order handler after recording */
    public void orderHook(Consumer<Order> hook) {
        this.orderHook = hook;
    }

    public List<Order> orders() {
        return orders;
    }

    /**
     * @param id an order id
     * @return the events of that order
     */
    public List<Order> orders(String id) {
        return orders.stream().filter(o -> o.orderId().equals(id)).toList();
    }

    public List<Balance> balances() {
        return balances;
    }

    public List<Reconciliation> reconciliations() {
        return reconciliations;
    }

    public List<StreamGap> streamGaps() {
        return streamGaps;
    }

    public List<ConnectionStateChange> states() {
        return states;
    }

    public List<ExwireException> errors() {
        return errors;
    }

    /**
     * @param type an exception type
     * @return the errors of that type
     */
    public <T extends ExwireException> List<T> errors(Class<T> type) {
        return errors.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
