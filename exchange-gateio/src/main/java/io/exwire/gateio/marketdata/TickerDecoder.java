package io.exwire.gateio.marketdata;

import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.FlatObject;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.Results;

/**
 * Decodes {@code spot.tickers} (one object: {@code currency_pair}, {@code last}, {@code highest_bid},
 * {@code lowest_ask}, {@code change_percentage}, {@code base_volume}, {@code high_24h}, {@code low_24h}) and
 * {@code futures.tickers} (an array: {@code contract}, {@code last}, {@code change_percentage},
 * {@code volume_24h} in contracts, {@code high_24h}, {@code low_24h}; no bid or ask). Neither carries its own time;
 * the frame's {@code time_ms} is used. A low-rate channel delivered as immutable {@link Ticker} records.
 */
final class TickerDecoder implements Results.Item {

    private final MarketType market;
    private final SymbolTable symbols;
    private final FlatObject fields = new FlatObject();
    private long timeMillis;
    private long receiveNanos;
    private PublicSink sink;

    TickerDecoder(MarketType market, SymbolTable symbols) {
        this.market = market;
        this.symbols = symbols;
    }

    void decode(JsonCursor cursor, long frameTimeMillis, long receive, PublicSink target) {
        this.timeMillis = frameTimeMillis;
        this.receiveNanos = receive;
        this.sink = target;
        Results.forEachObject(cursor, this);
    }

    @Override
    public void object(JsonCursor cursor) {
        fields.read(cursor);
        String venue = fields.string(market == MarketType.SPOT ? "currency_pair" : "contract");
        Symbol symbol = venue == null ? null : symbols.lookup(venue);
        if (symbol == null) {
            sink.unknownChannel();
            return;
        }
        boolean spot = market == MarketType.SPOT;
        sink.ticker(new Ticker(GateioEndpoints.EXCHANGE, market, symbol, fields.decimal("last"),
                spot ? fields.decimal("highest_bid") : null, spot ? fields.decimal("lowest_ask") : null,
                fields.decimal("high_24h"), fields.decimal("low_24h"),
                fields.decimal(spot ? "base_volume" : "volume_24h"), fields.decimal("change_percentage"),
                timeMillis, receiveNanos));
    }
}
