package io.exwire.gateio.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.Results;
import io.exwire.gateio.wire.WireDecimal;

/**
 * Decodes {@code spot.trades} (one object: {@code id}, {@code create_time_ms} as a fractional-millisecond
 * <em>string</em>, {@code side} of the taker, {@code currency_pair}, {@code amount}, {@code price}) and
 * {@code futures.trades} (an array of {@code id}, {@code create_time_ms} integer, {@code contract}, signed
 * {@code size} as integer or decimal string: positive = taker bought, {@code price}). Sizes become absolute with the
 * side separate. A trade without a price or a size is a protocol error (nothing carries over from an earlier trade).
 * Allocation-free; one instance per connection.
 */
final class TradeDecoder implements Results.Item {

    private final MutableTrade trade;
    private final SymbolTable symbols;
    private final WireDecimal price = new WireDecimal();
    private final WireDecimal size = new WireDecimal();
    private final WireDecimal time = new WireDecimal();
    private long receiveNanos;
    private PublicSink sink;
    private Symbol symbol;
    private long id;
    private long millis;
    private Side side;
    private boolean hasPrice;
    private boolean hasSize;

    TradeDecoder(MarketType market, SymbolTable symbols) {
        this.trade = new MutableTrade(GateioEndpoints.EXCHANGE, market);
        this.symbols = symbols;
    }

    void decode(JsonCursor cursor, long receive, PublicSink target) {
        this.receiveNanos = receive;
        this.sink = target;
        Results.forEachObject(cursor, this);
    }

    @Override
    public void object(JsonCursor cursor) {
        symbol = null;
        side = null;
        id = MutableTrade.NO_TRADE_ID;
        millis = 0;
        hasPrice = false;
        hasSize = false;
        cursor.beginObject();
        while (cursor.nextField()) {
            if (!readIdentity(cursor) && !readValues(cursor)) {
                cursor.skipValue();
            }
        }
        emit();
    }

    private boolean readIdentity(JsonCursor cursor) {
        if (cursor.fieldIs("id")) {
            id = cursor.readLong();
        } else if (cursor.fieldIs("currency_pair") || cursor.fieldIs("contract")) {
            cursor.readStringRange();
            symbol = symbols.lookup(cursor.text(), cursor.tokenStart(), cursor.tokenEnd());
        } else if (cursor.fieldIs("create_time_ms")) {
            millis = time.read(cursor).wholePart();
        } else if (cursor.fieldIs("create_time") && millis == 0) {
            millis = time.read(cursor).wholePart() * 1000;
        } else {
            return false;
        }
        return true;
    }

    private boolean readValues(JsonCursor cursor) {
        if (cursor.fieldIs("price")) {
            price.read(cursor);
            hasPrice = true;
        } else if (cursor.fieldIs("amount")) {
            size.read(cursor);
            hasSize = true;
        } else if (cursor.fieldIs("size")) {
            size.read(cursor);
            hasSize = true;
            side = size.mantissa() < 0 ? Side.SELL : Side.BUY;
        } else if (cursor.fieldIs("side")) {
            cursor.readStringRange();
            side = cursor.tokenEquals("sell") ? Side.SELL : Side.BUY;
        } else {
            return false;
        }
        return true;
    }

    private void emit() {
        if (symbol == null || side == null) {
            sink.unknownChannel();
            return;
        }
        if (!hasPrice || !hasSize) {
            sink.protocolError(PublicChannel.TRADES, new ProtocolException("gateio trade " + id + " of " + symbol
                    + " without " + (hasPrice ? "size" : "price")));
            return;
        }
        trade.envelope(symbol, millis, receiveNanos)
                .trade(id, price.mantissa(), price.scale(), size.absMantissa(), size.scale(), side);
        sink.trade(trade);
    }
}
