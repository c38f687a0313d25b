package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.mexc.wire.ProtoReader;
import io.exwire.mexc.wire.SpotPush;

/**
 * Decodes {@code PublicAggreDealsV3Api} (body 314): {@code deals} = 1 (repeated item), {@code eventType} = 2; item
 * {@code price} = 1, {@code quantity} = 2 (base, decimal strings), {@code tradeType} = 3 (1 buy, 2 sell: the
 * aggressor), {@code time} = 4 (ms), {@code tradeId} = 5 (e.g. {@code 505979017439002624X0_505979017439002625X0};
 * its leading digits become the numeric trade id). One {@link PublicSink#trade} per item, through one reused view.
 * Allocation-free; not thread-safe.
 */
final class SpotDealsDecoder {

    private final ProtoReader body = new ProtoReader();
    private final ProtoReader item = new ProtoReader();
    private final MutableTrade trade = new MutableTrade(MexcVenue.ID, MarketType.SPOT);

    void decode(SpotPush push, Symbol symbol, long receiveNanos, PublicSink sink) {
        body.reset(push.buffer(), push.bodyStart(), push.bodyEnd());
        while (body.nextField()) {
            if (body.is(1, ProtoReader.LEN)) {
                body.readBytes();
                decodeItem(body.valueStart(), body.valueEnd(), symbol, push.timestamp(), receiveNanos, sink);
            } else {
                body.skipField();
            }
        }
    }

    private void decodeItem(int start, int end, Symbol symbol, long pushTime, long receiveNanos, PublicSink sink) {
        long price = 0;
        int priceScale = 0;
        long size = 0;
        int sizeScale = 0;
        int tradeType = 0;
        long time = 0;
        long id = TradeView.NO_TRADE_ID;
        item.reset(body.buffer(), start, end);
        while (item.nextField()) {
            if (item.is(1, ProtoReader.LEN)) {
                item.readDecimal();
                price = item.mantissa();
                priceScale = item.scale();
            } else if (item.is(2, ProtoReader.LEN)) {
                item.readDecimal();
                size = item.mantissa();
                sizeScale = item.scale();
            } else if (item.is(3, ProtoReader.VARINT)) {
                tradeType = item.readInt32();
            } else if (item.is(4, ProtoReader.VARINT)) {
                time = item.readVarint();
            } else if (item.is(5, ProtoReader.LEN)) {
                item.readBytes();
                id = leadingNumber(item.buffer(), item.valueStart(), item.valueEnd());
            } else {
                item.skipField();
            }
        }
        trade.envelope(symbol, time != 0 ? time : pushTime, receiveNanos)
                .trade(id, price, priceScale, Math.abs(size), sizeScale, side(tradeType));
        sink.trade(trade);
    }

    private static Side side(int tradeType) {
        if (tradeType == 1) {
            return Side.BUY;
        }
        if (tradeType == 2) {
            return Side.SELL;
        }
        throw new ProtocolException("aggre deal with unknown tradeType " + tradeType);
    }

    /** The digits a trade id starts with ({@code 505979017439002624} of {@code 505979017439002624X0_...}). */
    static long leadingNumber(byte[] b, int start, int end) {
        long value = 0;
        int i = start;
        for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                return TradeView.NO_TRADE_ID;
            }
            value = value * 10 + (b[i] - '0');
        }
        return i == start ? TradeView.NO_TRADE_ID : value;
    }
}
