package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.mexc.wire.JsonValues;

/**
 * Decodes the {@code data} of {@code push.depth} into one reused {@link BookUpdate} delta: {@code asks}/{@code bids}
 * as {@code [price, contracts, orderCount]} (absolute sizes, 0 deletes), and the version range. With merging off
 * ({@code compress:false}, exwire's default) each push is one {@code version}; merged pushes carry
 * {@code begin}/{@code end}. The range is {@code first = begin ≠ 0 ? begin : version},
 * {@code last = end ≠ 0 ? end : version} — exactly what core's {@code BookContinuity.RANGE} checks (the first push
 * after a snapshot {@code v} must cover {@code v+1}, every later one must start at the previous last + 1).
 * Allocation-free; not thread-safe.
 */
final class FuturesDepthDecoder {

    private final BookUpdate update = new BookUpdate();

    void read(JsonCursor cur, long receiveNanos) {
        update.begin(null, false, 0, 0, 0, receiveNanos);
        long version = 0;
        long begin = 0;
        long end = 0;
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("asks")) {
                readLevels(cur, update.asks());
            } else if (cur.fieldIs("bids")) {
                readLevels(cur, update.bids());
            } else if (cur.fieldIs("version")) {
                version = JsonValues.optionalLong(cur, 0);
            } else if (cur.fieldIs("begin")) {
                begin = JsonValues.optionalLong(cur, 0);
            } else if (cur.fieldIs("end")) {
                end = JsonValues.optionalLong(cur, 0);
            } else {
                cur.skipValue();
            }
        }
        setRange(begin != 0 ? begin : version, end != 0 ? end : version);
    }

    private void setRange(long first, long last) {
        if (first == 0 || last < first) {
            throw new ProtocolException("push.depth without a valid version range");
        }
        update.ids(first, last);
    }

    static void readLevels(JsonCursor cur, BookUpdate.Side side) {
        cur.beginArray();
        while (cur.nextElement()) {
            cur.beginArray();
            cur.nextElement();
            cur.readDecimal();
            long price = cur.mantissa();
            int priceScale = cur.scale();
            cur.nextElement();
            cur.readDecimal();
            side.add(price, priceScale, Math.abs(cur.mantissa()), cur.scale());
            while (cur.nextElement()) {
                cur.skipValue();
            }
        }
    }

    void emit(Symbol symbol, long exchangeMillis, PublicSink sink) {
        update.symbol(symbol);
        update.exchangeTimestampMillis(exchangeMillis);
        sink.book(update);
    }
}
