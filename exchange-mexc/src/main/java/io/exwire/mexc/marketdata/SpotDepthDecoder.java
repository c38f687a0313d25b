package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.mexc.wire.ProtoReader;
import io.exwire.mexc.wire.SpotPush;

/**
 * Decodes {@code PublicAggreDepthsV3Api} (body 313) into one reused {@link BookUpdate} delta: {@code asks} = 1 and
 * {@code bids} = 2 (repeated {@code price} = 1, {@code quantity} = 2, absolute level sizes, {@code "0"} deletes),
 * {@code fromVersion} = 4 and {@code toVersion} = 5 (decimal strings of ~11-digit integers), which become the
 * update's first and last id for core's {@code BookContinuity.RANGE} rule. A push without versions cannot be
 * sequenced and is reported as malformed. Allocation-free; not thread-safe.
 */
final class SpotDepthDecoder {

    private final ProtoReader body = new ProtoReader();
    private final ProtoReader level = new ProtoReader();
    private final BookUpdate update = new BookUpdate();

    void decode(SpotPush push, Symbol symbol, long receiveNanos, PublicSink sink) {
        update.begin(symbol, false, 0, 0, push.timestamp(), receiveNanos);
        long from = 0;
        long to = 0;
        body.reset(push.buffer(), push.bodyStart(), push.bodyEnd());
        while (body.nextField()) {
            if (body.is(1, ProtoReader.LEN)) {
                readLevel(update.asks());
            } else if (body.is(2, ProtoReader.LEN)) {
                readLevel(update.bids());
            } else if (body.is(4, ProtoReader.LEN)) {
                from = body.readDecimalLong();
            } else if (body.is(5, ProtoReader.LEN)) {
                to = body.readDecimalLong();
            } else {
                body.skipField();
            }
        }
        if (to == 0) {
            throw new ProtocolException("aggre depth push without toVersion");
        }
        update.ids(from == 0 ? to : from, to);
        sink.book(update);
    }

    private void readLevel(BookUpdate.Side side) {
        body.readBytes();
        long price = 0;
        int priceScale = 0;
        long size = 0;
        int sizeScale = 0;
        level.reset(body.buffer(), body.valueStart(), body.valueEnd());
        while (level.nextField()) {
            if (level.is(1, ProtoReader.LEN)) {
                level.readDecimal();
                price = level.mantissa();
                priceScale = level.scale();
            } else if (level.is(2, ProtoReader.LEN)) {
                level.readDecimal();
                size = level.mantissa();
                sizeScale = level.scale();
            } else {
                level.skipField();
            }
        }
        side.add(price, priceScale, size, sizeScale);
    }
}
