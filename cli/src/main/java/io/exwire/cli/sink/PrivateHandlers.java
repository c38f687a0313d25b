package io.exwire.cli.sink;

import io.exwire.cli.control.ExitCodes;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.trading.AccountEvent;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.cli.control.RunControl;

import java.util.function.Consumer;

/**
 * Builds the handlers of a private component. Pushed account events go to the sink within the event budget;
 * reconciled ones (the state caught up over REST after a (re)connect) go to the sink without counting, so
 * {@code --max-events N} means N changes pushed by the venue. A component that closes by itself ends the run with
 * {@link io.exwire.cli.control.ExitCodes#CONNECTION}; credentials refused on a reconnect end it with
 * {@link io.exwire.cli.control.ExitCodes#AUTHENTICATION}.
 */
public final class PrivateHandlers {

    private final RunControl control;
    private final AccountSink sink;
    private final Consumer<Order> order;
    private final Consumer<Balance> balance;
    private final Consumer<Position> position;
    private final Consumer<OwnTrade> ownTrade;

    private PrivateHandlers(AccountSink sink, RunControl control) {
        this.sink = sink;
        this.control = control;
        this.order = sink::order;
        this.balance = sink::balance;
        this.position = sink::position;
        this.ownTrade = sink::ownTrade;
    }

    /**
     * @param sink where events go
     * @param control the run's budget and stop
     * @return the handlers
     */
    public static PrivateWebsocketHandlers of(AccountSink sink, RunControl control) {
        PrivateHandlers h = new PrivateHandlers(sink, control);
        return PrivateWebsocketHandlers.builder()
                .onOrder(o -> h.deliver(o, h.order))
                .onBalance(b -> h.deliver(b, h.balance))
                .onPosition(p -> h.deliver(p, h.position))
                .onOwnTrade(t -> h.deliver(t, h.ownTrade))
                .onStreamGap(sink::streamGap)
                .onConnectionState(h::state)
                .onError(h::error)
                .build();
    }

    private <T extends AccountEvent> void deliver(T event, Consumer<T> target) {
        if (event.reconciled()) {
            target.accept(event);
        } else if (control.admit()) {
            target.accept(event);
            control.completed();
        }
    }

    private void state(ConnectionStateChange change) {
        sink.state(change);
        StopRules.onState(change, control);
    }

    private void error(ExwireException error) {
        sink.error(error);
        StopRules.onError(error, control);
    }
}
