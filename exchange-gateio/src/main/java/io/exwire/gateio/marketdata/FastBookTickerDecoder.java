package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.codec.SymbolShapes;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.GateioEndpoints;

/**
 * The fast path of {@code spot.book_ticker} / {@code futures.book_ticker}, with {@link BookTickerDecoder}'s
 * semantics: {@code t} and {@code u} truncated to whole numbers, {@code s} a known symbol, {@code b}/{@code B}/
 * {@code a}/{@code A} decimals (sizes absolute), absent ones zero, other members skipped. Empty or {@code null}
 * values (an empty futures side) miss, and {@link BookTickerDecoder} reads them.
 */
final class FastBookTickerDecoder implements HotChannelDecoder {

    private static final JsonLiteral FIRST_TIME = JsonLiteral.firstMember("t");
    private static final JsonLiteral NEXT_UPDATE_ID = JsonLiteral.nextMember("u");
    private static final JsonLiteral NEXT_SYMBOL = JsonLiteral.nextMember("s");
    private static final JsonLiteral NEXT_BID = JsonLiteral.nextMember("b");
    private static final JsonLiteral NEXT_BID_SIZE = JsonLiteral.nextMember("B");
    private static final JsonLiteral NEXT_ASK = JsonLiteral.nextMember("a");
    private static final JsonLiteral NEXT_ASK_SIZE = JsonLiteral.nextMember("A");
    private static final int TIME = 0;
    private static final int UPDATE_ID = 1;
    private static final int SYMBOL = 2;
    private static final int BID = 3;
    private static final int BID_SIZE = 4;
    private static final int ASK = 5;
    private static final int ASK_SIZE = 6;

    private final MutableBookTicker ticker;
    private final SymbolTable symbols;
    private final MemberNames names = new MemberNames("t", "u", "s", "b", "B", "a", "A");
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape updateIdShape = new ByteCursor.Shape();
    /** Bid price, bid size, ask price, ask size. */
    private final SymbolShapes shapes = new SymbolShapes(4);
    private int slot;
    private Symbol symbol;
    private long millis;
    private long updateId;
    private long bid;
    private long bidSize;
    private long ask;
    private long askSize;
    private int bidScale;
    private int bidSizeScale;
    private int askScale;
    private int askSizeScale;

    FastBookTickerDecoder(MarketType market, SymbolTable symbols) {
        this.ticker = new MutableBookTicker(GateioEndpoints.EXCHANGE, market);
        this.symbols = symbols;
    }

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        clear();
        int last = usualStart(in);
        int previous = last == MemberNames.NONE ? -1 : last;
        for (int key = names.resume(in, last); key != MemberNames.END; key = names.next(in, previous)) {
            previous = member(in, key, previous);
        }
        if (symbol == null) {
            throw ByteCursor.MISS;
        }
        ticker.envelope(symbol, millis, receiveNanos, updateId)
                .bid(bid, bidScale, Math.abs(bidSize), bidSizeScale)
                .ask(ask, askScale, Math.abs(askSize), askSizeScale);
    }

    /**
     * Reads the members in the order Gate.io sends them, {@code {"t":..,"u":..,"s":..,"b":..,"B":..,"a":..,"A":..}}
     * without whitespace, as straight-line code, as far as the frame follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualStart(ByteCursor in) {
        if (!in.consume(FIRST_TIME)) {
            return MemberNames.NONE;
        }
        millis = in.truncatedWhole(timeShape);
        if (!in.consume(NEXT_UPDATE_ID)) {
            return TIME;
        }
        updateId = in.truncatedWhole(updateIdShape);
        if (!in.consume(NEXT_SYMBOL)) {
            return UPDATE_ID;
        }
        symbol(in);
        if (!in.consume(NEXT_BID)) {
            return SYMBOL;
        }
        bid(in, true);
        if (!in.consume(NEXT_BID_SIZE)) {
            return BID;
        }
        bid(in, false);
        if (!in.consume(NEXT_ASK)) {
            return BID_SIZE;
        }
        ask(in, true);
        if (!in.consume(NEXT_ASK_SIZE)) {
            return ASK;
        }
        ask(in, false);
        return ASK_SIZE;
    }

    @Override
    public void emit(PublicSink sink) {
        sink.bookTicker(ticker);
    }

    private void clear() {
        symbol = null;
        slot = -1;
        millis = 0;
        updateId = 0;
        bid = 0;
        bidSize = 0;
        ask = 0;
        askSize = 0;
        bidScale = 0;
        bidSizeScale = 0;
        askScale = 0;
        askSizeScale = 0;
    }

    private int member(ByteCursor in, int key, int previous) {
        switch (key) {
            case TIME -> millis = in.truncatedWhole(timeShape);
            case UPDATE_ID -> updateId = in.truncatedWhole(updateIdShape);
            case SYMBOL -> symbol(in);
            case BID, BID_SIZE -> bid(in, key == BID);
            case ASK, ASK_SIZE -> ask(in, key == ASK);
            default -> {
                in.skipValue();
                return previous;
            }
        }
        return key;
    }

    private void symbol(ByteCursor in) {
        slot = HotChannelDecoder.symbolSlot(in, symbols);
        symbol = symbols.symbolAt(slot);
    }

    private void bid(ByteCursor in, boolean price) {
        in.decimal(shapes.shape(slot, price ? 0 : 1));
        if (price) {
            bid = in.mantissa();
            bidScale = in.scale();
        } else {
            bidSize = in.mantissa();
            bidSizeScale = in.scale();
        }
    }

    private void ask(ByteCursor in, boolean price) {
        in.decimal(shapes.shape(slot, price ? 2 : 3));
        if (price) {
            ask = in.mantissa();
            askScale = in.scale();
        } else {
            askSize = in.mantissa();
            askSizeScale = in.scale();
        }
    }
}
