package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.JsonValues;

/**
 * Decodes the {@code data} of {@code push.deal}: an array of deals since 2025-11 (a single object in the older
 * documentation; both accepted) with {@code p} price, {@code v} contracts, {@code T} 1 buy / 2 sell (taker),
 * {@code t} ms and {@code i} trade id (number or string); a deal without {@code p} or {@code v} is a protocol error
 * (it never reuses another deal's values). Numbers are read exactly with core's {@code JsonCursor}.
 * The envelope's {@code symbol} follows {@code data}, so deals wait in a {@link DealBuffer} until it is known.
 * Allocation-free after warm-up; not thread-safe.
 */
final class FuturesDealDecoder {

    private final DealBuffer deals = new DealBuffer();

    void read(JsonCursor cur) {
        deals.clear();
        if (cur.peek() == JsonCursor.Type.OBJECT) {
            readDeal(cur);
            return;
        }
        cur.beginArray();
        while (cur.nextElement()) {
            readDeal(cur);
        }
    }

    private void readDeal(JsonCursor cur) {
        int i = deals.open();
        long side = 0;
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("p")) {
                cur.readDecimal();
                deals.price(i, cur.mantissa(), cur.scale());
            } else if (cur.fieldIs("v")) {
                cur.readDecimal();
                deals.size(i, cur.mantissa(), cur.scale());
            } else if (cur.fieldIs("T")) {
                side = cur.readLong();
            } else if (cur.fieldIs("t")) {
                deals.time(i, cur.readLong());
            } else if (cur.fieldIs("i")) {
                deals.id(i, JsonValues.optionalLong(cur, TradeView.NO_TRADE_ID));
            } else {
                cur.skipValue();
            }
        }
        if (!deals.complete(i)) {
            throw new ProtocolException("push.deal without a price (p) or a size (v)");
        }
        deals.close(i, side(side));
    }

    private static boolean side(long code) {
        if (code != 1 && code != 2) {
            throw new ProtocolException("push.deal with unknown T " + code);
        }
        return code == 2;
    }

    void emit(Symbol symbol, long receiveNanos, PublicSink sink) {
        deals.emit(symbol, receiveNanos, sink);
    }
}
