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
    private static final JsonLiteral FIRST_ID = JsonLiteral.firstMember("id");
    private static final JsonLiteral NEXT_ID_MARKET = JsonLiteral.nextMember("id_market");
    private static final JsonLiteral NEXT_CREATE_TIME = JsonLiteral.nextMember("create_time");
    private static final JsonLiteral NEXT_CREATE_TIME_MS = JsonLiteral.nextMember("create_time_ms");
    private static final JsonLiteral NEXT_SIDE = JsonLiteral.nextMember("side");
    private static final JsonLiteral NEXT_CURRENCY_PAIR = JsonLiteral.nextMember("currency_pair");
    private static final JsonLiteral NEXT_AMOUNT = JsonLiteral.nextMember("amount");
    private static final JsonLiteral NEXT_PRICE = JsonLiteral.nextMember("price");
    private static final JsonLiteral NEXT_RANGE = JsonLiteral.nextMember("range");
    private static final JsonLiteral FIRST_SIZE = JsonLiteral.firstMember("size");
    private static final JsonLiteral NEXT_ID = JsonLiteral.nextMember("id");
    private static final JsonLiteral NEXT_CONTRACT = JsonLiteral.nextMember("contract");
    private static final int ID = 0;
    private static final int ID_MARKET = 1;
    private static final int CREATE_TIME = 2;
    private static final int CREATE_TIME_MS = 3;
    private static final int SIDE = 4;
    private static final int CURRENCY_PAIR = 5;
    private static final int AMOUNT = 6;
    private static final int PRICE = 7;
    private static final int RANGE = 8;
    private static final int SIZE = 9;
    private static final int CONTRACT = 10;

    private final MarketType market;
    private final boolean spot;
    private final SymbolTable symbols;
    /** Skipped: {@code id_market}, {@code range}, {@code is_internal}. */
    private final MemberNames names = new MemberNames("id", "id_market", "create_time", "create_time_ms", "side",
            "currency_pair", "amount", "price", "range", "size", "contract", "is_internal");
    private final ByteCursor.Shape idShape = new ByteCursor.Shape();
    private final ByteCursor.Shape idMarketShape = new ByteCursor.Shape();
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
        this.spot = market == MarketType.SPOT;
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
        int last = spot ? usualSpotStart(in) : usualFuturesStart(in);
        int previous = last == MemberNames.NONE ? -1 : last;
        for (int key = names.resume(in, last); key != MemberNames.END; key = names.next(in, previous)) {
            if (!readIdentity(in, key) && !readValues(in, key)) {
                in.skipValue();
            }
            previous = key < 0 ? previous : key;
        }
        if (!complete()) {
            throw ByteCursor.MISS;
        }
        next().envelope(symbol, millis, receiveNanos)
                .trade(id, price, priceScale, Math.abs(size), sizeScale, side);
    }

    /**
     * Reads a spot trade's members in the order Gate.io sends them, {@code {"id":..,"id_market":..,"create_time":..,
     * "create_time_ms":"..","side":"..","currency_pair":"..","amount":"..","price":"..","range":".."}} without
     * whitespace, as straight-line code, as far as the object follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualSpotStart(ByteCursor in) {
        if (!in.consume(FIRST_ID)) {
            return MemberNames.NONE;
        }
        id = in.whole(idShape);
        if (!in.consume(NEXT_ID_MARKET)) {
            return ID;
        }
        in.skipValue(idMarketShape);
        if (!in.consume(NEXT_CREATE_TIME)) {
            return ID_MARKET;
        }
        millis = in.truncatedWhole(secondsShape) * 1000;
        if (!in.consume(NEXT_CREATE_TIME_MS)) {
            return CREATE_TIME;
        }
        millis = in.truncatedWhole(millisShape);
        return usualSpotFromSide(in);
    }

    /** {@link #usualSpotStart} from {@code side} on. */
    private int usualSpotFromSide(ByteCursor in) {
        if (!in.consume(NEXT_SIDE)) {
            return CREATE_TIME_MS;
        }
        side = sideOf(in);
        if (!in.consume(NEXT_CURRENCY_PAIR)) {
            return SIDE;
        }
        symbol(in);
        if (!in.consume(NEXT_AMOUNT)) {
            return CURRENCY_PAIR;
        }
        size(in, false);
        if (!in.consume(NEXT_PRICE)) {
            return AMOUNT;
        }
        price(in);
        if (!in.consume(NEXT_RANGE)) {
            return PRICE;
        }
        in.skipValue();
        return RANGE;
    }

    /**
     * Reads a futures trade's members in the order Gate.io sends them, {@code {"size":..,"id":..,"create_time":..,
     * "create_time_ms":..,"price":"..","contract":".."}} without whitespace, as straight-line code, as far as the
     * object follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualFuturesStart(ByteCursor in) {
        if (!in.consume(FIRST_SIZE)) {
            return MemberNames.NONE;
        }
        size(in, true);
        if (!in.consume(NEXT_ID)) {
            return SIZE;
        }
        id = in.whole(idShape);
        if (!in.consume(NEXT_CREATE_TIME)) {
            return ID;
        }
        millis = in.truncatedWhole(secondsShape) * 1000;
        if (!in.consume(NEXT_CREATE_TIME_MS)) {
            return CREATE_TIME;
        }
        millis = in.truncatedWhole(millisShape);
        if (!in.consume(NEXT_PRICE)) {
            return CREATE_TIME_MS;
        }
        price(in);
        if (!in.consume(NEXT_CONTRACT)) {
            return PRICE;
        }
        symbol(in);
        return CONTRACT;
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
            case CURRENCY_PAIR, CONTRACT -> symbol(in);
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
            case PRICE -> price(in);
            case AMOUNT, SIZE -> size(in, key == SIZE);
            case SIDE -> side = sideOf(in);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void symbol(ByteCursor in) {
        slot = HotChannelDecoder.symbolSlot(in, symbols);
        symbol = symbols.symbolAt(slot);
    }

    private void price(ByteCursor in) {
        in.decimal(shapes.shape(slot, 0));
        price = in.mantissa();
        priceScale = in.scale();
    }

    /** Reads {@code amount} (spot) or the signed {@code size} (futures, {@code signed}: it also gives the side). */
    private void size(ByteCursor in, boolean signed) {
        in.decimal(shapes.shape(slot, 1));
        size = in.mantissa();
        sizeScale = in.scale();
        if (signed) {
            side = sideOf(size);
        }
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
