package io.exwire.testkit.sinks;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every event a public protocol delivers as one line with every raw field (mantissas, scales, ids,
 * timestamps), so differential tests can compare two decode paths (a fast path against the exact one) to the last
 * digit. Not thread-safe; one per protocol under test.
 */
public final class EventLogSink implements PublicSink {

    /** The events, in delivery order. */
    public final List<String> lines = new ArrayList<>();

    @Override public void acknowledged(int requestId) { lines.add("ack " + requestId); }
    @Override public void rejected(int requestId, ExwireException error, Symbol symbol) {
        lines.add("rejected " + requestId + " " + error.getClass().getSimpleName() + " " + error.getMessage()
                + " " + symbol);
    }
    @Override public void pong() { lines.add("pong"); }
    @Override public void trade(MutableTrade t) {
        lines.add("trade " + t.symbol() + " " + t.tradeId() + " " + t.priceMantissa() + "e-" + t.priceScale() + " "
                + t.sizeMantissa() + "e-" + t.sizeScale() + " " + t.takerSide() + " " + t.exchangeTimestampMillis()
                + " " + t.receiveTimestampNanos() + " " + t.exchange() + " " + t.market());
    }
    @Override public void bookTicker(MutableBookTicker q) {
        lines.add("bbo " + q.symbol() + " " + q.updateId() + " " + q.bidPriceMantissa() + "e-" + q.bidPriceScale()
                + " " + q.bidSizeMantissa() + "e-" + q.bidSizeScale() + " " + q.askPriceMantissa() + "e-"
                + q.askPriceScale() + " " + q.askSizeMantissa() + "e-" + q.askSizeScale() + " "
                + q.exchangeTimestampMillis() + " " + q.receiveTimestampNanos() + " " + q.market());
    }
    @Override public void ticker(Ticker ticker) { lines.add("ticker " + ticker); }
    @Override public void book(BookUpdate u) {
        StringBuilder sb = new StringBuilder("book " + u.symbol() + " " + u.isSnapshot() + " " + u.firstUpdateId()
                + " " + u.lastUpdateId() + " " + u.exchangeTimestampMillis() + " " + u.receiveTimestampNanos());
        side(sb.append(" bids"), u.bids());
        side(sb.append(" asks"), u.asks());
        lines.add(sb.toString());
    }
    private static void side(StringBuilder sb, BookUpdate.Side s) {
        for (int i = 0; i < s.count(); i++) {
            sb.append(' ').append(s.price(i)).append("e-").append(s.priceScale(i)).append('/').append(s.size(i))
                    .append("e-").append(s.sizeScale(i));
        }
    }
    @Override public void replaceConnection(String reason) { lines.add("replace " + reason); }
    @Override public void unknownChannel() { lines.add("unknown"); }
    @Override public void protocolError(PublicChannel channel, ProtocolException error) {
        lines.add("error " + channel + " " + error.getMessage());
    }
}
