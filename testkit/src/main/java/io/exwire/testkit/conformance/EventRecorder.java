package io.exwire.testkit.conformance;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.api.trading.Reconciliation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static io.exwire.testkit.Await.until;

/**
 * Records every event a component delivers, copying reused views into immutable values, so tests can assert order
 * and exhaustion and await conditions with bounded timeouts. Thread-safe.
 */
public final class EventRecorder {

    /**
     * A best bid/ask copy.
     *
     * @param symbol the symbol
     * @param bidPrice best bid
     * @param askPrice best ask
     * @param exchangeTimestampMillis venue time
     * @param receiveTimestampNanos local time
     */
    public record Quote(Symbol symbol, Decimal bidPrice, Decimal askPrice, long exchangeTimestampMillis,
                        long receiveTimestampNanos) {
    }

    /**
     * A trade copy with its timestamps.
     *
     * @param trade the trade
     * @param receiveTimestampNanos local time
     */
    public record TradeCopy(PublicTrade trade, long receiveTimestampNanos) {
    }

    /** Trades, in order. */
    public final List<TradeCopy> trades = new CopyOnWriteArrayList<>();
    /** Best bid/ask, in order. */
    public final List<Quote> quotes = new CopyOnWriteArrayList<>();
    /** Tickers, in order. */
    public final List<Ticker> tickers = new CopyOnWriteArrayList<>();
    /** Latest book copy per symbol. */
    public final Map<Symbol, OrderBookSnapshot> books = new ConcurrentHashMap<>();
    /** Book updates counted per symbol. */
    public final Map<Symbol, Integer> bookUpdates = new ConcurrentHashMap<>();
    /** Gaps. */
    public final List<BookGap> gaps = new CopyOnWriteArrayList<>();
    /** Resyncs. */
    public final List<BookResynced> resyncs = new CopyOnWriteArrayList<>();
    /** Stream gaps. */
    public final List<StreamGap> streamGaps = new CopyOnWriteArrayList<>();
    /** State changes. */
    public final List<ConnectionStateChange> states = new CopyOnWriteArrayList<>();
    /** Errors. */
    public final List<ExwireException> errors = new CopyOnWriteArrayList<>();
    /** Orders. */
    public final List<Order> orders = new CopyOnWriteArrayList<>();
    /** Balances. */
    public final List<Balance> balances = new CopyOnWriteArrayList<>();
    /** Positions. */
    public final List<Position> positions = new CopyOnWriteArrayList<>();
    /** Own trades. */
    public final List<OwnTrade> ownTrades = new CopyOnWriteArrayList<>();
    /** Reconciliations. */
    public final List<Reconciliation> reconciliations = new CopyOnWriteArrayList<>();

    private final int bookDepth;

    /** @param bookDepth levels copied per book update */
    public EventRecorder(int bookDepth) {
        this.bookDepth = bookDepth;
    }

    /** @return public handlers that record into this recorder */
    public PublicWebsocketHandlers publicHandlers() {
        return PublicWebsocketHandlers.builder()
                .onTrade(t -> trades.add(new TradeCopy(new PublicTrade(t.symbol(), t.tradeId(), t.price(), t.size(),
                        t.takerSide(), t.exchangeTimestampMillis()), t.receiveTimestampNanos())))
                .onBookTicker(q -> quotes.add(new Quote(q.symbol(), q.bidPrice(), q.askPrice(),
                        q.exchangeTimestampMillis(), q.receiveTimestampNanos())))
                .onTicker(tickers::add)
                .onOrderBook(b -> {
                    books.put(b.symbol(), b.snapshot(bookDepth));
                    bookUpdates.merge(b.symbol(), 1, Integer::sum);
                })
                .onBookGap(gaps::add)
                .onBookResynced(resyncs::add)
                .onStreamGap(streamGaps::add)
                .onConnectionState(states::add)
                .onError(errors::add)
                .build();
    }

    /** @return private handlers that record into this recorder */
    public PrivateWebsocketHandlers privateHandlers() {
        return PrivateWebsocketHandlers.builder()
                .onOrder(orders::add)
                .onBalance(balances::add)
                .onPosition(positions::add)
                .onOwnTrade(ownTrades::add)
                .onReconciled(reconciliations::add)
                .onStreamGap(streamGaps::add)
                .onConnectionState(states::add)
                .onError(errors::add)
                .build();
    }

    /**
     * Waits until a list holds an element matching a predicate.
     *
     * @param what description
     * @param list the list
     * @param match the predicate
     * @param timeout the bound
     * @param <T> element type
     * @return the first match
     */
    public static <T> T awaitMatch(String what, List<T> list, Predicate<T> match, Duration timeout) {
        until(what, timeout, () -> list.stream().anyMatch(match));
        return list.stream().filter(match).findFirst().orElseThrow();
    }

    /**
     * @param type an error type
     * @return the recorded errors of that type
     */
    public List<ExwireException> errorsOf(Class<? extends ExwireException> type) {
        List<ExwireException> out = new ArrayList<>();
        for (ExwireException e : errors) {
            if (type.isInstance(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Clears every list. */
    public void clear() {
        trades.clear();
        quotes.clear();
        tickers.clear();
        books.clear();
        bookUpdates.clear();
        gaps.clear();
        resyncs.clear();
        streamGaps.clear();
        states.clear();
        errors.clear();
        orders.clear();
        balances.clear();
        positions.clear();
        ownTrades.clear();
        reconciliations.clear();
    }
}
