package io.exwire.core.testing;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Records every callback of a public component, copying the views (they are valid only during the callback). */
public final class PublicRecorder {

    private final List<ConnectionStateChange> states = new CopyOnWriteArrayList<>();
    private final List<ExwireException> errors = new CopyOnWriteArrayList<>();
    private final List<BookGap> gaps = new CopyOnWriteArrayList<>();
    private final List<BookResynced> resyncs = new CopyOnWriteArrayList<>();
    private final List<StreamGap> streamGaps = new CopyOnWriteArrayList<>();
    private final List<PublicTrade> trades = new CopyOnWriteArrayList<>();
    private final Map<Symbol, OrderBookSnapshot> books = new ConcurrentHashMap<>();
    private final Map<Symbol, AtomicInteger> bookUpdates = new ConcurrentHashMap<>();
    private final List<Thread> handlerThreads = new CopyOnWriteArrayList<>();
    private volatile Consumer<OrderBookView> bookHook = b -> { };
    private volatile Consumer<TradeView> tradeHook = t -> { };

    /** @return handlers that record into this recorder */
    public PublicWebsocketHandlers handlers() {
        return PublicWebsocketHandlers.builder()
                .onOrderBook(book -> {
                    handlerThreads.add(Thread.currentThread());
                    books.put(book.symbol(), book.snapshot(1000));
                    bookUpdates.computeIfAbsent(book.symbol(), s -> new AtomicInteger()).incrementAndGet();
                    bookHook.accept(book);
                })
                .onTrade(t -> {
                    handlerThreads.add(Thread.currentThread());
                    trades.add(new PublicTrade(t.symbol(), t.tradeId(), t.price(), t.size(), t.takerSide(),
                            t.exchangeTimestampMillis()));
                    tradeHook.accept(t);
                })
                .onBookGap(gaps::add)
                .onBookResynced(resyncs::add)
                .onStreamGap(streamGaps::add)
                .onConnectionState(states::add)
                .onError(errors::add)
                .build();
    }

    /** @param hook runs inside the order-book handler, after recording */
    public void bookHook(Consumer<OrderBookView> hook) {
        this.bookHook = hook;
    }

    /** @param hook runs inside the trade handler, after recording */
    public void tradeHook(Consumer<TradeView> hook) {
        this.tradeHook = hook;
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

    public List<BookGap> gaps() {
        return gaps;
    }

    /**
     * @param symbol a symbol
     * @return its gaps
     */
    public List<BookGap> gaps(Symbol symbol) {
        return gaps.stream().filter(g -> g.symbol().equals(symbol)).toList();
    }

    public List<BookResynced> resyncs() {
        return resyncs;
    }

    /**
     * @param symbol a symbol
     * @return its resyncs
     */
    public List<BookResynced> resyncs(Symbol symbol) {
        return resyncs.stream().filter(g -> g.symbol().equals(symbol)).toList();
    }

    public List<StreamGap> streamGaps() {
        return streamGaps;
    }

    public List<PublicTrade> trades() {
        return trades;
    }

    /**
     * @param symbol a symbol
     * @return the last consistent book the handler saw, or null
     */
    public OrderBookSnapshot book(Symbol symbol) {
        return books.get(symbol);
    }

    /**
     * @param symbol a symbol
     * @return book updates delivered for it
     */
    public int bookUpdates(Symbol symbol) {
        return bookUpdates.computeIfAbsent(symbol, s -> new AtomicInteger()).get();
    }

    /** @return threads handlers ran on */
    public List<Thread> handlerThreads() {
        return handlerThreads;
    }
}
