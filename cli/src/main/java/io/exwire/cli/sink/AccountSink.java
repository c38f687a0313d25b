package io.exwire.cli.sink;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;

/**
 * Receives the events of one private component: pushed changes and, after every (re)connect, the differences the
 * component found by reconciling over REST ({@code reconciled()} true; on the first connect that is the whole
 * account state). Called on exwire threads; implementations are thread-safe.
 */
public interface AccountSink {

    /** @param order an order change */
    void order(Order order);

    /** @param trade a fill of one of the account's orders */
    void ownTrade(OwnTrade trade);

    /** @param balance a balance change */
    void balance(Balance balance);

    /** @param position a futures position change */
    void position(Position position);

    /** @param gap a possible gap (a reconnect); reconciliation follows */
    void streamGap(StreamGap gap);

    /** @param change a connection state transition */
    void state(ConnectionStateChange change);

    /** @param error an error that did not end the component */
    void error(ExwireException error);

    /**
     * Gives the sink the component's metrics once the component exists; sinks that show no metrics ignore it.
     *
     * @param metrics the component's live metrics
     */
    default void attach(PerformanceMetrics metrics) {
    }
}
