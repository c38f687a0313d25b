package io.exwire.cli.sink;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.metrics.PerformanceMetrics;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;

/**
 * Receives the events of one public component. Views are valid only during the call: implementations copy or
 * format inside it. Called on exwire threads; implementations are thread-safe.
 */
public interface MarketSink {

    /** @param trade a trade view */
    void trade(TradeView trade);

    /** @param quote a best bid/ask view */
    void bbo(BookTickerView quote);

    /** @param book a book view after an update */
    void book(OrderBookView book);

    /** @param ticker a 24 h ticker */
    void ticker(Ticker ticker);

    /** @param gap a book that lost continuity */
    void bookGap(BookGap gap);

    /** @param resynced a book live again */
    void resynced(BookResynced resynced);

    /** @param gap a possible gap of the whole stream */
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
