package io.exwire.mexc.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.mexc.wire.MexcVenue;

/**
 * MEXC futures has no best bid/ask channel ({@code push.ticker} carries {@code bid1}/{@code ask1} without sizes
 * every ~2.75 s), so exwire's BOOK_TICKER subscribes {@code sub.depth.full} with {@code limit 5} and takes level 0
 * of each side of every {@code push.depth.full} snapshot ({@code [price, contracts, orderCount]}); its
 * {@code version} becomes the update id. A snapshot with an empty side is not forwarded. The levels are read into a
 * reused {@link BookUpdate}. Allocation-free; not thread-safe.
 */
final class FuturesTopOfBookDecoder {

    private final MutableBookTicker quote = new MutableBookTicker(MexcVenue.ID, MarketType.FUTURES);
    private final BookUpdate levels = new BookUpdate();
    private long version;

    void read(JsonCursor cur) {
        levels.begin(null, true, 0, 0, 0, 0);
        version = 0;
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("asks")) {
                FuturesDepthDecoder.readLevels(cur, levels.asks());
            } else if (cur.fieldIs("bids")) {
                FuturesDepthDecoder.readLevels(cur, levels.bids());
            } else if (cur.fieldIs("version")) {
                version = cur.readLong();
            } else {
                cur.skipValue();
            }
        }
    }

    void emit(Symbol symbol, long exchangeMillis, long receiveNanos, PublicSink sink) {
        BookUpdate.Side bids = levels.bids();
        BookUpdate.Side asks = levels.asks();
        if (bids.count() == 0 || asks.count() == 0) {
            return;
        }
        quote.envelope(symbol, exchangeMillis, receiveNanos, version)
                .bid(bids.price(0), bids.priceScale(0), bids.size(0), bids.sizeScale(0))
                .ask(asks.price(0), asks.priceScale(0), asks.size(0), asks.sizeScale(0));
        sink.bookTicker(quote);
    }
}
