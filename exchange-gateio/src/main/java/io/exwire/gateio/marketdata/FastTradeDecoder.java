package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
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

    private static final long ID = ByteCursor.word("id", 0);
    private static final long CURRENCY_PAIR = ByteCursor.word("currency_pair", 0);
    private static final long CURRENCY_PAIR_2 = ByteCursor.word("currency_pair", 8);
    private static final long CONTRACT = ByteCursor.word("contract", 0);
    private static final long CREATE_TIME = ByteCursor.word("create_time", 0);
    private static final long CREATE_TIME_2 = ByteCursor.word("create_time", 8);
    private static final long CREATE_TIME_MS_2 = ByteCursor.word("create_time_ms", 8);
    private static final long PRICE = ByteCursor.word("price", 0);
    private static final long AMOUNT = ByteCursor.word("amount", 0);
    private static final long SIZE = ByteCursor.word("size", 0);
    private static final long SIDE = ByteCursor.word("side", 0);
    private static final ByteCursor.Literal SELL = ByteCursor.literal("sell");

    private final MarketType market;
    private final SymbolTable symbols;
    private final ByteCursor.Shape idShape = new ByteCursor.Shape();
    private final ByteCursor.Shape secondsShape = new ByteCursor.Shape();
    private final ByteCursor.Shape millisShape = new ByteCursor.Shape();
    private final ByteCursor.Shape priceShape = new ByteCursor.Shape();
    private final ByteCursor.Shape sizeShape = new ByteCursor.Shape();
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
        side = null;
        id = MutableTrade.NO_TRADE_ID;
        millis = 0;
        priceScale = -1;
        sizeScale = -1;
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        do {
            in.key();
            if (!readIdentity(in) && !readValues(in)) {
                in.skipValue();
            }
        } while (in.more('}'));
        if (symbol == null || side == null || priceScale < 0 || sizeScale < 0) {
            throw ByteCursor.MISS;
        }
        next().envelope(symbol, millis, receiveNanos)
                .trade(id, price, priceScale, Math.abs(size), sizeScale, side);
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

    private boolean readIdentity(ByteCursor in) {
        if (in.keyIs(ID, 2)) {
            id = in.whole(idShape);
        } else if (in.keyIs(CURRENCY_PAIR, CURRENCY_PAIR_2, 13) || in.keyIs(CONTRACT, 8)) {
            symbol = HotChannelDecoder.symbol(in, symbols);
        } else if (in.keyIs(CREATE_TIME, CREATE_TIME_MS_2, 14)) {
            millis = in.truncatedWhole(millisShape);
        } else if (in.keyIs(CREATE_TIME, CREATE_TIME_2, 11)) {
            createTime(in);
        } else {
            return false;
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

    private boolean readValues(ByteCursor in) {
        if (in.keyIs(PRICE, 5)) {
            in.decimal(priceShape);
            price = in.mantissa();
            priceScale = in.scale();
        } else if (in.keyIs(AMOUNT, 6) || in.keyIs(SIZE, 4)) {
            in.decimal(sizeShape);
            size = in.mantissa();
            sizeScale = in.scale();
            side = in.keyLength() == 4 ? sideOf(size) : side;
        } else if (in.keyIs(SIDE, 4)) {
            side = sideOf(in);
        } else {
            return false;
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
