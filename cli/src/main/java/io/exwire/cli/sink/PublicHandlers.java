package io.exwire.cli.sink;

import io.exwire.cli.control.ExitCodes;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;
import io.exwire.cli.control.RunControl;

/**
 * Builds the handlers of a public component: market events go to the sink within the event budget; a component
 * that closes by itself (reconnection given up) ends the run with {@link io.exwire.cli.control.ExitCodes#CONNECTION}.
 */
public final class PublicHandlers {

    private final MarketSink sink;
    private final RunControl control;

    private PublicHandlers(MarketSink sink, RunControl control) {
        this.sink = sink;
        this.control = control;
    }

    /**
     * @param sink where events go
     * @param control the run's budget and stop
     * @return the handlers
     */
    public static PublicWebsocketHandlers of(MarketSink sink, RunControl control) {
        PublicHandlers h = new PublicHandlers(sink, control);
        return PublicWebsocketHandlers.builder()
                .onTrade(h::trade)
                .onBookTicker(h::bbo)
                .onOrderBook(h::book)
                .onTicker(h::ticker)
                .onBookGap(sink::bookGap)
                .onBookResynced(sink::resynced)
                .onStreamGap(sink::streamGap)
                .onConnectionState(h::state)
                .onError(sink::error)
                .build();
    }

    private void trade(TradeView trade) {
        if (control.admit()) {
            sink.trade(trade);
            control.completed();
        }
    }

    private void bbo(BookTickerView quote) {
        if (control.admit()) {
            sink.bbo(quote);
            control.completed();
        }
    }

    private void book(OrderBookView book) {
        if (control.admit()) {
            sink.book(book);
            control.completed();
        }
    }

    private void ticker(Ticker ticker) {
        if (control.admit()) {
            sink.ticker(ticker);
            control.completed();
        }
    }

    private void state(ConnectionStateChange change) {
        sink.state(change);
        StopRules.onState(change, control);
    }
}
