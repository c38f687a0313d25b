package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.codec.SymbolShapes;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

/**
 * The fast path of {@code spot.order_book_update} / {@code futures.order_book_update}, with {@link BookDecoder}'s
 * semantics: {@code t}, {@code U}, {@code u} truncated to whole numbers, {@code full} a boolean, {@code s} a known
 * symbol, {@code b}/{@code a} arrays (or {@code null}) of {@code ["price","size"]} (spot) or
 * {@code {"p":"price","s":size}} (futures) levels with absolute sizes, other members skipped. Levels with extra
 * elements, or futures levels lacking {@code p} or {@code s}, miss.
 */
final class FastBookDecoder implements HotChannelDecoder {

    private static final JsonLiteral FIRST_TIME = JsonLiteral.firstMember("t");
    /** Spot: the constant {@code e} and the name of the (deprecated, skipped) {@code E} that follows it. */
    private static final JsonLiteral NEXT_EVENT_TIME = JsonLiteral.text(",\"e\":\"depthUpdate\",\"E\":");
    private static final JsonLiteral NEXT_SYMBOL = JsonLiteral.nextMember("s");
    private static final JsonLiteral NEXT_FIRST_ID = JsonLiteral.nextMember("U");
    private static final JsonLiteral NEXT_LAST_ID = JsonLiteral.nextMember("u");
    private static final JsonLiteral NEXT_BIDS = JsonLiteral.nextMember("b");
    private static final JsonLiteral NEXT_ASKS = JsonLiteral.nextMember("a");
    private static final int TIME = 0;
    private static final int EVENT_TIME = 2;
    private static final int SYMBOL = 3;
    private static final int FIRST_ID = 4;
    private static final int LAST_ID = 5;
    private static final int BIDS = 6;
    private static final int ASKS = 7;
    private static final int FULL = 9;
    private static final int PRICE = 0;
    private static final int SIZE = 1;

    private final BookUpdate update = new BookUpdate();
    private final SymbolTable symbols;
    /** Skipped: {@code e}, {@code E}, {@code l}. */
    private final MemberNames names = new MemberNames("t", "e", "E", "s", "U", "u", "b", "a", "l", "full");
    private final MemberNames levelNames = new MemberNames("p", "s");
    private final boolean objectLevels;
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape eventTimeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape firstIdShape = new ByteCursor.Shape();
    private final ByteCursor.Shape lastIdShape = new ByteCursor.Shape();
    /** Bid price, bid size, ask price, ask size. */
    private final SymbolShapes shapes = new SymbolShapes(4);
    private int slot;
    private long first;
    private long last;
    private boolean hasFirst;

    FastBookDecoder(MarketType market, SymbolTable symbols) {
        this.symbols = symbols;
        this.objectLevels = market == MarketType.FUTURES;
    }

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        update.begin(null, false, 0, 0, 0, receiveNanos);
        first = 0;
        last = 0;
        hasFirst = false;
        slot = -1;
        int lastRead = usualStart(in);
        int previous = lastRead == MemberNames.NONE ? -1 : lastRead;
        for (int key = names.resume(in, lastRead); key != MemberNames.END; key = names.next(in, previous)) {
            previous = member(in, key, previous);
        }
        if (update.symbol() == null) {
            throw ByteCursor.MISS;
        }
        update.ids(hasFirst ? first : last, last);
    }

    @Override
    public void emit(PublicSink sink) {
        sink.book(update);
    }

    /**
     * Reads the members in the order Gate.io sends them, spot {@code {"t":..,"e":"depthUpdate","E":..,"s":"..",
     * "U":..,"u":..,"b":[..],"a":[..]} and futures {@code {"t":..,"s":"..","U":..,"u":..,"b":[..],"a":[..]}}
     * without whitespace, as straight-line code, as far as the object follows it ({@code l} and {@code full} are
     * left to the member loop).
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualStart(ByteCursor in) {
        if (!in.consume(FIRST_TIME)) {
            return MemberNames.NONE;
        }
        time(in);
        if (objectLevels) {
            return usualFromSymbol(in, TIME);
        }
        if (!in.consume(NEXT_EVENT_TIME)) {
            return TIME;
        }
        in.skipValue(eventTimeShape);
        return usualFromSymbol(in, EVENT_TIME);
    }

    /** {@link #usualStart} from {@code s} on, after member {@code previous}. */
    private int usualFromSymbol(ByteCursor in, int previous) {
        if (!in.consume(NEXT_SYMBOL)) {
            return previous;
        }
        symbol(in);
        if (!in.consume(NEXT_FIRST_ID)) {
            return SYMBOL;
        }
        firstId(in);
        if (!in.consume(NEXT_LAST_ID)) {
            return FIRST_ID;
        }
        last = in.truncatedWhole(lastIdShape);
        if (!in.consume(NEXT_BIDS)) {
            return LAST_ID;
        }
        bids(in);
        if (!in.consume(NEXT_ASKS)) {
            return BIDS;
        }
        asks(in);
        return ASKS;
    }

    private int member(ByteCursor in, int key, int previous) {
        switch (key) {
            case SYMBOL -> symbol(in);
            case FIRST_ID -> firstId(in);
            case LAST_ID -> last = in.truncatedWhole(lastIdShape);
            case TIME -> time(in);
            case BIDS -> bids(in);
            case ASKS -> asks(in);
            case FULL -> update.snapshot(in.bool());
            default -> in.skipValue();
        }
        return key < 0 ? previous : key;
    }

    private void time(ByteCursor in) {
        update.exchangeTimestampMillis(in.truncatedWhole(timeShape));
    }

    private void symbol(ByteCursor in) {
        slot = HotChannelDecoder.symbolSlot(in, symbols);
        update.symbol(symbols.symbolAt(slot));
    }

    private void firstId(ByteCursor in) {
        first = in.truncatedWhole(firstIdShape);
        hasFirst = true;
    }

    private void bids(ByteCursor in) {
        levels(in, update.bids(), shapes.shape(slot, 0), shapes.shape(slot, 1));
    }

    private void asks(ByteCursor in) {
        levels(in, update.asks(), shapes.shape(slot, 2), shapes.shape(slot, 3));
    }

    private void levels(ByteCursor in, BookUpdate.Side side, ByteCursor.Shape price, ByteCursor.Shape size) {
        if (in.nullIfPresent() || !in.arrayStart()) {
            return;
        }
        do {
            if (objectLevels) {
                objectLevel(in, side, price, size);
            } else {
                arrayLevel(in, side, price, size);
            }
        } while (in.more(']'));
    }

    private static void arrayLevel(ByteCursor in, BookUpdate.Side side, ByteCursor.Shape priceShape,
                                   ByteCursor.Shape sizeShape) {
        in.decimalPair(priceShape, sizeShape);
        side.add(in.mantissa(), in.scale(), Math.abs(in.secondMantissa()), in.secondScale());
    }

    private void objectLevel(ByteCursor in, BookUpdate.Side side, ByteCursor.Shape priceShape,
                             ByteCursor.Shape sizeShape) {
        long price = 0;
        int priceScale = -1;
        long size = 0;
        int sizeScale = -1;
        int previous = -1;
        for (int key = levelNames.first(in); key != MemberNames.END; key = levelNames.next(in, previous)) {
            if (key == PRICE) {
                in.decimal(priceShape);
                price = in.mantissa();
                priceScale = in.scale();
            } else if (key == SIZE) {
                in.decimal(sizeShape);
                size = in.mantissa();
                sizeScale = in.scale();
            } else {
                in.skipValue();
            }
            previous = key < 0 ? previous : key;
        }
        if (priceScale < 0 || sizeScale < 0) {
            throw ByteCursor.MISS;
        }
        side.add(price, priceScale, Math.abs(size), sizeScale);
    }
}
