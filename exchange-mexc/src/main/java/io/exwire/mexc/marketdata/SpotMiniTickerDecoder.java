package io.exwire.mexc.marketdata;

import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.mexc.wire.ProtoFields;
import io.exwire.mexc.wire.ProtoReader;
import io.exwire.mexc.wire.SpotPush;

/**
 * Decodes {@code PublicMiniTickerV3Api} (body 309, every ~3 s) into an immutable {@link Ticker}: {@code price} = 2
 * (last), {@code rate} = 3 (UTC+8 change), {@code zonedRate} = 4 (change over the subscribed time zone, preferred),
 * {@code high} = 5, {@code low} = 6, {@code quantity} = 8 (rolling base volume); all decimal strings. Rates are
 * fractions ({@code "0.0123"}) and become percent exactly by moving the decimal point. The channel carries no best
 * bid/ask, so those are null. Not thread-safe.
 */
final class SpotMiniTickerDecoder {

    private static final int PRICE = 2;
    private static final int RATE = 3;
    private static final int ZONED_RATE = 4;
    private static final int HIGH = 5;
    private static final int LOW = 6;
    private static final int QUANTITY = 8;

    private final ProtoReader body = new ProtoReader();
    private final ProtoFields fields = new ProtoFields(12);

    void decode(SpotPush push, Symbol symbol, long receiveNanos, PublicSink sink) {
        fields.read(body.reset(push.buffer(), push.bodyStart(), push.bodyEnd()));
        Decimal rate = fields.has(ZONED_RATE) ? fields.decimal(ZONED_RATE) : fields.decimal(RATE);
        sink.ticker(new Ticker(MexcVenue.ID, MarketType.SPOT, symbol, fields.decimalOrZero(PRICE), null, null,
                fields.decimal(HIGH), fields.decimal(LOW), fields.decimal(QUANTITY), Percent.of(rate),
                push.timestamp(), receiveNanos));
    }
}
