package io.exwire.testkit.sinks;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

import java.util.ArrayList;
import java.util.List;

/** A {@link PublicSink} that copies everything it receives (views are reused by decoders) for assertions. */
public final class RecordingPublicSink implements PublicSink {

    /** A copied trade. */
    public record Trade(Symbol symbol, long id, Decimal price, Decimal size, Side side, long ts, long receiveNanos) {
    }

    /** A copied quote. */
    public record Quote(Symbol symbol, long updateId, Decimal bidPrice, Decimal bidSize, Decimal askPrice,
                        Decimal askSize, long ts) {
    }

    /** A copied book update. */
    public record Book(Symbol symbol, boolean snapshot, long first, long last, long ts, List<PriceLevel> bids,
                       List<PriceLevel> asks) {
    }

    /** A rejection. */
    public record Rejection(int requestId, ExwireException error, Symbol symbol) {
    }

    /** A protocol error. */
    public record Error(PublicChannel channel, ProtocolException error) {
    }

    public final List<Integer> acks = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<Trade> trades = new ArrayList<>();
    public final List<Quote> quotes = new ArrayList<>();
    public final List<Ticker> tickers = new ArrayList<>();
    public final List<Book> books = new ArrayList<>();
    public final List<String> replacements = new ArrayList<>();
    public final List<Error> errors = new ArrayList<>();
    public int pongs;
    public int unknown;

    @Override
    public void acknowledged(int requestId) {
        acks.add(requestId);
    }

    @Override
    public void rejected(int requestId, ExwireException error, Symbol symbol) {
        rejections.add(new Rejection(requestId, error, symbol));
    }

    @Override
    public void pong() {
        pongs++;
    }

    @Override
    public void trade(MutableTrade t) {
        trades.add(new Trade(t.symbol(), t.tradeId(), t.price(), t.size(), t.takerSide(), t.exchangeTimestampMillis(),
                t.receiveTimestampNanos()));
    }

    @Override
    public void bookTicker(MutableBookTicker q) {
        quotes.add(new Quote(q.symbol(), q.updateId(), q.bidPrice(), q.bidSize(), q.askPrice(), q.askSize(),
                q.exchangeTimestampMillis()));
    }

    @Override
    public void ticker(Ticker ticker) {
        tickers.add(ticker);
    }

    @Override
    public void book(BookUpdate u) {
        books.add(new Book(u.symbol(), u.isSnapshot(), u.firstUpdateId(), u.lastUpdateId(), u.exchangeTimestampMillis(),
                levels(u.bids()), levels(u.asks())));
    }

    private static List<PriceLevel> levels(BookUpdate.Side side) {
        List<PriceLevel> out = new ArrayList<>();
        for (int i = 0; i < side.count(); i++) {
            out.add(new PriceLevel(Decimal.of(side.price(i), side.priceScale(i)),
                    Decimal.of(side.size(i), side.sizeScale(i))));
        }
        return out;
    }

    @Override
    public void replaceConnection(String reason) {
        replacements.add(reason);
    }

    @Override
    public void unknownChannel() {
        unknown++;
    }

    @Override
    public void protocolError(PublicChannel channel, ProtocolException error) {
        errors.add(new Error(channel, error));
    }

    /** @return total events of any kind recorded */
    public int total() {
        return acks.size() + rejections.size() + trades.size() + quotes.size() + tickers.size() + books.size()
                + replacements.size() + errors.size() + pongs + unknown;
    }
}
