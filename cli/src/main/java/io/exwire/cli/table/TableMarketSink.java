package io.exwire.cli.table;

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
import io.exwire.cli.sink.MarketSink;

/** Copies a public component's events into its table rows. */
public final class TableMarketSink implements MarketSink {

    private final MarketGroup group;

    /**
     * @param group the rows to update
     */
    public TableMarketSink(MarketGroup group) {
        this.group = group;
    }

    @Override
    public void trade(TradeView t) {
        MarketRow row = group.row(t.symbol());
        if (row != null) {
            row.trade(t.priceMantissa(), t.priceScale(), t.takerSide());
        }
    }

    @Override
    public void bbo(BookTickerView q) {
        MarketRow row = group.row(q.symbol());
        if (row != null) {
            row.quote(q.bidPriceMantissa(), q.bidPriceScale(), q.askPriceMantissa(), q.askPriceScale());
        }
    }

    @Override
    public void book(OrderBookView b) {
        MarketRow row = group.row(b.symbol());
        if (row != null) {
            row.book(b);
        }
    }

    @Override
    public void ticker(Ticker t) {
        MarketRow row = group.row(t.symbol());
        if (row != null) {
            row.ticker(t);
        }
    }

    @Override
    public void bookGap(BookGap gap) {
        group.status().gap();
    }

    @Override
    public void resynced(BookResynced resynced) {
        // the row's depth and quote show the live book again with the next update
    }

    @Override
    public void streamGap(StreamGap gap) {
        group.status().gap();
    }

    @Override
    public void state(ConnectionStateChange change) {
        group.status().state(change);
    }

    @Override
    public void error(ExwireException error) {
        group.status().error(error);
    }

    @Override
    public void attach(PerformanceMetrics metrics) {
        group.status().metricsFrom(metrics);
    }
}
