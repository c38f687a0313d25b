package io.exwire.cli.table;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.cli.sink.AccountSink;

/** Copies a private component's events into its account panel. */
public final class TableAccountSink implements AccountSink {

    private final AccountPanel panel;

    /**
     * @param panel the panel to update
     */
    public TableAccountSink(AccountPanel panel) {
        this.panel = panel;
    }

    @Override
    public void order(Order order) {
        panel.order(order);
    }

    @Override
    public void ownTrade(OwnTrade trade) {
        panel.fill(trade);
    }

    @Override
    public void balance(Balance balance) {
        panel.balance(balance);
    }

    @Override
    public void position(Position position) {
        panel.position(position);
    }

    @Override
    public void streamGap(StreamGap gap) {
        panel.status().gap();
    }

    @Override
    public void state(ConnectionStateChange change) {
        panel.status().state(change);
    }

    @Override
    public void error(ExwireException error) {
        panel.status().error(error);
    }

    @Override
    public void attach(PerformanceMetrics metrics) {
        panel.status().metricsFrom(metrics);
    }
}
