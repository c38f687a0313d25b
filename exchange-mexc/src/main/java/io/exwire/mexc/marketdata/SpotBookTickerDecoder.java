package io.exwire.mexc.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.mexc.wire.ProtoReader;
import io.exwire.mexc.wire.SpotPush;

/**
 * Decodes {@code PublicAggreBookTickerV3Api} (body 315) into one reused {@link MutableBookTicker}: {@code bidPrice}
 * = 1, {@code bidQuantity} = 2, {@code askPrice} = 3, {@code askQuantity} = 4 (decimal strings), {@code version} = 5
 * (string, becomes the update id; 0 when absent). Unchanged repeats are dropped by {@link BookTickerFilter}.
 * Allocation-free; not thread-safe.
 */
final class SpotBookTickerDecoder {

    private static final long REFRESH_MILLIS = 1_000;
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final ProtoReader body = new ProtoReader();
    private final MutableBookTicker quote = new MutableBookTicker(MexcVenue.ID, MarketType.SPOT);
    private final BookTickerFilter filter = new BookTickerFilter(REFRESH_MILLIS);

    void decode(SpotPush push, Symbol symbol, long receiveNanos, PublicSink sink) {
        long version = 0;
        quote.bid(0, 0, 0, 0).ask(0, 0, 0, 0);
        body.reset(push.buffer(), push.bodyStart(), push.bodyEnd());
        while (body.nextField()) {
            int f = body.fieldNumber();
            if (body.wireType() != ProtoReader.LEN || f > 5) {
                body.skipField();
            } else if (f == 5) {
                version = body.readDecimalLong();
            } else {
                body.readDecimal();
                set(f, body.mantissa(), body.scale());
            }
        }
        quote.envelope(symbol, push.timestamp(), receiveNanos, version);
        if (filter.admit(quote, receiveNanos / NANOS_PER_MILLI)) {
            sink.bookTicker(quote);
        }
    }

    private void set(int field, long mantissa, int scale) {
        switch (field) {
            case 1 -> quote.bid(mantissa, scale, quote.bidSizeMantissa(), quote.bidSizeScale());
            case 2 -> quote.bid(quote.bidPriceMantissa(), quote.bidPriceScale(), mantissa, scale);
            case 3 -> quote.ask(mantissa, scale, quote.askSizeMantissa(), quote.askSizeScale());
            case 4 -> quote.ask(quote.askPriceMantissa(), quote.askPriceScale(), mantissa, scale);
            default -> {
                // fields above 4 are handled by the caller
            }
        }
    }
}
