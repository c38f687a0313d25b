package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.codec.SymbolShapes;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.GateioEndpoints;

import java.util.Arrays;

/**
 * The fast path of {@code spot.trades} / {@code futures.trades}, with {@link TradeDecoder}'s semantics: a result
 * object or an array of objects, each with {@code id} (whole), {@code currency_pair} or {@code contract} (a known
 * symbol), {@code create_time_ms} (truncated) or else {@code create_time} seconds, {@code price}, and
 * {@code amount} with {@code side} (spot) or signed {@code size} (futures: negative = taker sold). Every trade of a
 * frame is read before any is delivered; an object lacking its symbol, side, price or size misses.
 */
final class FastTradeDecoder implements HotChannelDecoder {

    private static final JsonLiteral SELL = JsonLiteral.string("sell");
    private static final int ID = 0;
    private static final int CREATE_TIME = 2;
    private static final int CREATE_TIME_MS = 3;
    private static final int SIDE = 4;
    private static final int CURRENCY_PAIR = 5;
    private static final int AMOUNT = 6;
    private static final int PRICE = 7;
    private static final int SIZE = 9;
    private static final int CONTRACT = 10;

    private final MarketType market;
    private final SymbolTable symbols;
    /** Skipped: {@code id_market}, {@code range}, {@code is_internal}. */
    private final MemberNames names = new MemberNames("id", "id_market", "create_time", "create_time_ms", "side",
            "currency_pair", "amount", "price", "range", "size", "contract", "is_internal");
    private final ByteCursor.Shape idShape = new ByteCursor.Shape();
    private final ByteCursor.Shape secondsShape = new ByteCursor.Shape();
    private final ByteCursor.Shape millisShape = new ByteCursor.Shape();
    /** Price, size. */
    private final SymbolShapes shapes = new SymbolShapes(2);
    private int slot;
    private MutableTrade[] trades;
    private int count;
    private Symbol symbol;
    private Side side;
    private long id;
    private long millis;
    private long price;
    private int priceScale;
    private long size;
    private int sizeScale;

    FastTradeDecoder(MarketType market, SymbolTable symbols) {
        this.market = market;
        this.symbols = symbols;
        this.trades = new MutableTrade[] {new MutableTrade(GateioEndpoints.EXCHANGE, market)};
    }

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        count = 0;
        byte c = in.peek();
        if (c == '{') {
            object(in, receiveNanos);
            return;
        }
        if (c != '[' || !in.arrayStart()) {
            throw ByteCursor.MISS;
        }
        do {
            if (in.peek() != '{') {
                throw ByteCursor.MISS;
            }
            object(in, receiveNanos);
        } while (in.more(']'));
    }

    @Override
    public void emit(PublicSink sink) {
        for (int i = 0; i < count; i++) {
            sink.trade(trades[i]);
        }
    }

    private void object(ByteCursor in, long receiveNanos) {
        symbol = null;
        slot = -1;
        side = null;
        id = MutableTrade.NO_TRADE_ID;
        millis = 0;
        priceScale = -1;
        sizeScale = -1;
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        int previous = -1;
        do {
            int key = names.read(in, previous);
            if (!readIdentity(in, key) && !readValues(in, key)) {
                in.skipValue();
            }
            previous = key < 0 ? previous : key;
        } while (in.more('}'));
        if (!complete()) {
            throw ByteCursor.MISS;
        }
        next().envelope(symbol, millis, receiveNanos)
                .trade(id, price, priceScale, Math.abs(size), sizeScale, side);
    }

    private boolean complete() {
        return symbol != null && side != null && priceScale >= 0 && sizeScale >= 0;
    }

    private MutableTrade next() {
        if (count == trades.length) {
            trades = Arrays.copyOf(trades, count * 2);
            for (int i = count; i < trades.length; i++) {
                trades[i] = new MutableTrade(GateioEndpoints.EXCHANGE, market);
            }
        }
        return trades[count++];
    }

    private boolean readIdentity(ByteCursor in, int key) {
        switch (key) {
            case ID -> id = in.whole(idShape);
            case CURRENCY_PAIR, CONTRACT -> {
                slot = HotChannelDecoder.symbolSlot(in, symbols);
                symbol = symbols.symbolAt(slot);
            }
            case CREATE_TIME_MS -> millis = in.truncatedWhole(millisShape);
            case CREATE_TIME -> createTime(in);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void createTime(ByteCursor in) {
        if (millis == 0) {
            millis = in.truncatedWhole(secondsShape) * 1000;
        } else {
            in.skipValue();
        }
    }

    private boolean readValues(ByteCursor in, int key) {
        switch (key) {
            case PRICE -> {
                in.decimal(shapes.shape(slot, 0));
                price = in.mantissa();
                priceScale = in.scale();
            }
            case AMOUNT, SIZE -> {
                in.decimal(shapes.shape(slot, 1));
                size = in.mantissa();
                sizeScale = in.scale();
                side = key == SIZE ? sideOf(size) : side;
            }
            case SIDE -> side = sideOf(in);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Side sideOf(ByteCursor in) {
        if (in.consume(SELL)) {
            return Side.SELL;
        }
        in.readString();
        return Side.BUY;
    }

    private static Side sideOf(long signedSize) {
        return signedSize < 0 ? Side.SELL : Side.BUY;
    }
}
