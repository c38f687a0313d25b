package io.exwire.gateio.marketdata;

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

/** Records everything a public protocol emits, copying reused views. */
final class RecordingPublicSink implements PublicSink {

    record Trade(Symbol symbol, long id, Decimal price, Decimal size, Side side, long millis, long receiveNanos) {
    }

    record Quote(Symbol symbol, long updateId, Decimal bid, Decimal bidSize, Decimal ask, Decimal askSize,
                 long millis) {
    }

    record Book(Symbol symbol, boolean snapshot, long first, long last, long millis, List<PriceLevel> bids,
                List<PriceLevel> asks) {
    }

    record Rejection(int id, ExwireException error, Symbol symbol) {
    }

    final List<Integer> acks = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Ticker> tickers = new ArrayList<>();
    final List<Book> books = new ArrayList<>();
    final List<String> replacements = new ArrayList<>();
    final List<ProtocolException> errors = new ArrayList<>();
    int pongs;
    int unknown;

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
        books.add(new Book(u.symbol(), u.isSnapshot(), u.firstUpdateId(), u.lastUpdateId(),
                u.exchangeTimestampMillis(), levels(u.bids()), levels(u.asks())));
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
        errors.add(error);
    }

    int events() {
        return acks.size() + rejections.size() + trades.size() + quotes.size() + tickers.size() + books.size()
                + replacements.size() + errors.size() + pongs + unknown;
    }
}
