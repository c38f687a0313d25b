package io.exwire.benchmarks;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

/** Renders every event field by field, to check that two decoders produce the same events (setup only). */
final class TextSink implements PublicSink {

    final StringBuilder out = new StringBuilder();

    @Override
    public void acknowledged(int requestId) {
        out.append("ack ").append(requestId).append('\n');
    }

    @Override
    public void rejected(int requestId, ExwireException error, Symbol symbol) {
        out.append("rejected ").append(requestId).append('\n');
    }

    @Override
    public void pong() {
        out.append("pong\n");
    }

    @Override
    public void trade(MutableTrade t) {
        out.append("trade ").append(t.symbol()).append(' ').append(t.exchangeTimestampMillis()).append(' ')
                .append(t.tradeId()).append(' ').append(t.priceMantissa()).append('e').append(t.priceScale()).append(' ')
                .append(t.sizeMantissa()).append('e').append(t.sizeScale()).append(' ').append(t.takerSide()).append('\n');
    }

    @Override
    public void bookTicker(MutableBookTicker b) {
        out.append("bbo ").append(b.symbol()).append(' ').append(b.exchangeTimestampMillis()).append(' ')
                .append(b.updateId()).append(' ').append(b.bidPriceMantissa()).append('e').append(b.bidPriceScale())
                .append(' ').append(b.bidSizeMantissa()).append('e').append(b.bidSizeScale()).append(' ')
                .append(b.askPriceMantissa()).append('e').append(b.askPriceScale()).append(' ')
                .append(b.askSizeMantissa()).append('e').append(b.askSizeScale()).append('\n');
    }

    @Override
    public void ticker(Ticker ticker) {
        out.append("ticker ").append(ticker).append('\n');
    }

    @Override
    public void book(BookUpdate u) {
        out.append("book ").append(u.symbol()).append(' ').append(u.isSnapshot()).append(' ')
                .append(u.firstUpdateId()).append('-').append(u.lastUpdateId()).append(' ')
                .append(u.exchangeTimestampMillis());
        side(" bids", u.bids());
        side(" asks", u.asks());
        out.append('\n');
    }

    private void side(String name, BookUpdate.Side s) {
        out.append(name);
        for (int i = 0; i < s.count(); i++) {
            out.append(' ').append(s.price(i)).append('e').append(s.priceScale(i)).append(':').append(s.size(i))
                    .append('e').append(s.sizeScale(i));
        }
    }

    @Override
    public void replaceConnection(String reason) {
        out.append("replace\n");
    }

    @Override
    public void unknownChannel() {
        out.append("unknown\n");
    }

    @Override
    public void protocolError(PublicChannel channel, ProtocolException error) {
        out.append("error ").append(error.getMessage()).append('\n');
    }
}
