package io.exwire.benchmarks;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookContinuity;
import io.exwire.core.marketdata.book.BookListener;
import io.exwire.core.marketdata.book.BookSynchronizer;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.core.marketdata.book.LocalOrderBook;

import java.util.HashMap;
import java.util.Map;

/**
 * The no-op application behind a decoder: every event reaches a "handler" that folds one field into a checksum (so
 * the JIT cannot drop the decode), and every {@link BookUpdate} goes into a live {@link BookSynchronizer} /
 * {@link LocalOrderBook} of its symbol, as core's {@code PublicEventSink} does. Counts what must not happen in a
 * benchmark (errors, unknown frames, gaps) so that a broken frame fails the run instead of measuring an error path.
 */
public final class BenchSink implements PublicSink, BookListener {

    /**
     * The benchmarks rotate a few frames, so update ids repeat: every delta is applied (the production
     * {@link BookContinuity#RANGE} check it replaces is two long comparisons).
     */
    static final BookContinuity APPLY_ALL = new BookContinuity() {
        @Override
        public Verdict first(long snapshotId, long first, long last) {
            return Verdict.APPLY;
        }

        @Override
        public Verdict next(long lastApplied, long first, long last) {
            return Verdict.APPLY;
        }
    };

    private final Map<Symbol, BookSynchronizer> books = new HashMap<>();
    /** Folded event fields. */
    public long checksum;
    /** Events delivered. */
    public long events;
    /** Frames reported unknown. */
    public long unknown;
    /** Frames reported malformed. */
    public long errors;
    /** Gaps and resyncs reported by books. */
    public long gaps;
    /** The last protocol error, for the failure message. */
    public ProtocolException lastError;

    /**
     * Adds a live book, loaded with {@link Frames#snapshot}, for each of the {@value Frames#BOOK_SYMBOLS} symbols the
     * book frames rotate over.
     *
     * @param exchange the venue
     * @param market the market
     */
    public void liveBooks(ExchangeId exchange, MarketType market) {
        for (int i = 0; i < Frames.BOOK_SYMBOLS; i++) {
            liveBook(exchange, market, i);
        }
    }

    /**
     * Adds a live book for a symbol, loaded with {@link Frames#snapshot}.
     *
     * @param exchange the venue
     * @param market the market
     * @param instrument index into {@link Frames#INSTRUMENTS}
     */
    private void liveBook(ExchangeId exchange, MarketType market, int instrument) {
        Symbol symbol = Frames.INSTRUMENTS.get(instrument).symbol();
        BookSynchronizer sync = new BookSynchronizer(new LocalOrderBook(exchange, market, symbol, 20), APPLY_ALL,
                true, this);
        sync.start();
        sync.onSnapshot(Frames.snapshot(instrument), 0L);
        if (!sync.isLive()) {
            throw new IllegalStateException("book of " + symbol + " did not go live");
        }
        books.put(symbol, sync);
    }

    /** @return the live books */
    public Map<Symbol, BookSynchronizer> books() {
        return books;
    }

    /**
     * Throws when anything but clean decoding happened.
     *
     * @param what the benchmark
     * @param expectedEvents the minimum number of events expected so far
     */
    public void verify(String what, long expectedEvents) {
        if (errors != 0 || unknown != 0 || gaps != 0 || events < expectedEvents) {
            throw new IllegalStateException(what + ": errors=" + errors + " unknown=" + unknown + " gaps=" + gaps
                    + " events=" + events + " (expected >= " + expectedEvents + ")", lastError);
        }
    }

    @Override
    public void acknowledged(int requestId) {
        unknown++;
    }

    @Override
    public void rejected(int requestId, ExwireException error, Symbol symbol) {
        unknown++;
    }

    @Override
    public void pong() {
        unknown++;
    }

    @Override
    public void trade(MutableTrade trade) {
        events++;
        checksum += trade.priceMantissa() ^ trade.sizeMantissa() ^ trade.tradeId() ^ trade.takerSide().ordinal()
                ^ trade.exchangeTimestampMillis() ^ trade.symbol().hashCode();
    }

    @Override
    public void bookTicker(MutableBookTicker ticker) {
        events++;
        checksum += ticker.bidPriceMantissa() ^ ticker.askPriceMantissa() ^ ticker.bidSizeMantissa()
                ^ ticker.askSizeMantissa() ^ ticker.updateId() ^ ticker.symbol().hashCode();
    }

    @Override
    public void ticker(Ticker ticker) {
        events++;
        checksum += ticker.hashCode();
    }

    @Override
    public void book(BookUpdate update) {
        BookSynchronizer sync = books.get(update.symbol());
        if (sync == null) {
            events++;
            checksum += update.bids().count() ^ update.asks().count() ^ update.lastUpdateId();
            return;
        }
        sync.onUpdate(update);
    }

    @Override
    public void replaceConnection(String reason) {
        unknown++;
    }

    @Override
    public void unknownChannel() {
        unknown++;
    }

    @Override
    public void protocolError(PublicChannel channel, ProtocolException error) {
        errors++;
        lastError = error;
    }

    // ---- BookListener ----------------------------------------------------------------------------------------

    @Override
    public void updated(LocalOrderBook book) {
        events++;
        checksum += book.bidPriceMantissa(0) ^ book.askPriceMantissa(0) ^ book.bidCount() ^ book.sequence();
    }

    @Override
    public void gap(Symbol symbol, long expected, long received, String reason) {
        gaps++;
    }

    @Override
    public void resynced(Symbol symbol, long sequence) {
        // the initial load reports this once per book
    }

    @Override
    public void needSnapshot(Symbol symbol) {
        // REST-snapshot books ask once at start(); the benchmark loads the snapshot itself
    }
}
