package io.exwire.core.marketdata;

import io.exwire.api.connection.ErrorHandler;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.HandlerException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.book.BookListener;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.core.marketdata.book.LocalOrderBook;
import io.exwire.core.metrics.ChannelRecorder;
import io.exwire.core.metrics.MetricsRecorder;
import io.exwire.core.transport.EpochNanoClock;

/**
 * Routes what decoders produce to the application's handlers: drops data for symbols the current connection does
 * not own (during a connection handover), feeds books to their synchronisers, records metrics, and contains handler
 * exceptions. Lane-confined.
 */
final class PublicEventSink implements PublicSink, BookListener {

    private final PublicWebsocketHandlers handlers;
    private final MetricsRecorder metrics;
    private final EpochNanoClock clock;
    private final PublicSubscriptions subscriptions;
    private final ChannelRecorder[] recorders = new ChannelRecorder[PublicChannel.values().length];
    private int currentShard;

    PublicEventSink(PublicWebsocketHandlers handlers, MetricsRecorder metrics, EpochNanoClock clock,
                    PublicSubscriptions subscriptions) {
        this.handlers = handlers;
        this.metrics = metrics;
        this.clock = clock;
        this.subscriptions = subscriptions;
        for (PublicChannel c : PublicChannel.values()) {
            recorders[c.ordinal()] = metrics.channel(c.name());
        }
    }

    void currentShard(int shardId) {
        this.currentShard = shardId;
    }

    @Override
    public void acknowledged(int requestId) {
        subscriptions.acknowledged(requestId);
    }

    @Override
    public void rejected(int requestId, ExwireException error, Symbol symbol) {
        subscriptions.rejected(requestId, error, symbol);
    }

    @Override
    public void pong() {
        // liveness is tracked per inbound frame by the transport; nothing else to do
    }

    @Override
    public void trade(MutableTrade trade) {
        if (!accept(trade.symbol(), PublicChannel.TRADES, trade.receiveTimestampNanos())) {
            return;
        }
        try {
            handlers.trade().onTrade(trade);
        } catch (RuntimeException e) {
            handlerFailed("trade", e);
        }
        delivered(PublicChannel.TRADES, trade.exchangeTimestampMillis(), trade.receiveTimestampNanos());
    }

    @Override
    public void bookTicker(MutableBookTicker ticker) {
        if (!accept(ticker.symbol(), PublicChannel.BOOK_TICKER, ticker.receiveTimestampNanos())) {
            return;
        }
        try {
            handlers.bookTicker().onBookTicker(ticker);
        } catch (RuntimeException e) {
            handlerFailed("book ticker", e);
        }
        delivered(PublicChannel.BOOK_TICKER, ticker.exchangeTimestampMillis(), ticker.receiveTimestampNanos());
    }

    @Override
    public void ticker(Ticker ticker) {
        if (!accept(ticker.symbol(), PublicChannel.TICKER, ticker.receiveTimestampNanos())) {
            return;
        }
        try {
            handlers.ticker().onTicker(ticker);
        } catch (RuntimeException e) {
            handlerFailed("ticker", e);
        }
        delivered(PublicChannel.TICKER, ticker.exchangeTimestampMillis(), ticker.receiveTimestampNanos());
    }

    @Override
    public void book(BookUpdate update) {
        SymbolSubscription sub = subscriptions.owned(update.symbol(), currentShard);
        if (sub == null || sub.book() == null) {
            metrics.unknownChannel();
            return;
        }
        sub.dataArrived(PublicChannel.ORDER_BOOK, update.receiveTimestampNanos() / 1_000_000L);
        sub.book().onUpdate(update);
    }

    @Override
    public void replaceConnection(String reason) {
        subscriptions.replace(currentShard, reason);
    }

    @Override
    public void unknownChannel() {
        metrics.unknownChannel();
    }

    @Override
    public void protocolError(PublicChannel channel, ProtocolException error) {
        if (channel == null) {
            metrics.parseError();
        } else {
            recorders[channel.ordinal()].parseError();
        }
        report(error);
    }

    @Override
    public void updated(LocalOrderBook book) {
        try {
            handlers.orderBook().onOrderBook(book);
        } catch (RuntimeException e) {
            handlerFailed("order book", e);
        }
        delivered(PublicChannel.ORDER_BOOK, book.exchangeTimestampMillis(), book.receiveTimestampNanos());
    }

    @Override
    public void gap(Symbol symbol, long expected, long received, String reason) {
        recorders[PublicChannel.ORDER_BOOK.ordinal()].gap();
        try {
            handlers.bookGap().onBookGap(new BookGap(symbol, expected, received, reason));
        } catch (RuntimeException e) {
            handlerFailed("book gap", e);
        }
    }

    @Override
    public void resynced(Symbol symbol, long sequence) {
        recorders[PublicChannel.ORDER_BOOK.ordinal()].resync();
        try {
            handlers.bookResynced().onBookResynced(new BookResynced(symbol, sequence));
        } catch (RuntimeException e) {
            handlerFailed("book resynced", e);
        }
    }

    @Override
    public void needSnapshot(Symbol symbol) {
        subscriptions.needSnapshot(symbol);
    }

    void report(ExwireException error) {
        ErrorHandler h = handlers.error();
        try {
            h.onError(error);
        } catch (RuntimeException ignored) {
            // an error handler that throws cannot be reported to itself
        }
    }

    private boolean accept(Symbol symbol, PublicChannel channel, long receiveNanos) {
        SymbolSubscription sub = subscriptions.owned(symbol, currentShard);
        if (sub == null) {
            metrics.unknownChannel();
            return false;
        }
        sub.dataArrived(channel, receiveNanos / 1_000_000L);
        return true;
    }

    private void delivered(PublicChannel channel, long exchangeMillis, long receiveNanos) {
        recorders[channel.ordinal()].delivered(exchangeMillis, receiveNanos, clock.nanos());
    }

    private void handlerFailed(String which, RuntimeException e) {
        report(new HandlerException("the application's " + which + " handler threw " + e.getClass().getName(), e));
    }
}
