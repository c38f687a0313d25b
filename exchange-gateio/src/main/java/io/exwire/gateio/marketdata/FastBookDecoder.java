package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.core.codec.ByteCursor;
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

    private static final long FULL = ByteCursor.word("full", 0);
    private static final long P = 'p';
    private static final long S = 's';

    private final BookUpdate update = new BookUpdate();
    private final SymbolTable symbols;
    private final boolean objectLevels;
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape firstIdShape = new ByteCursor.Shape();
    private final ByteCursor.Shape lastIdShape = new ByteCursor.Shape();
    private final ByteCursor.Shape bidPrice = new ByteCursor.Shape();
    private final ByteCursor.Shape bidSize = new ByteCursor.Shape();
    private final ByteCursor.Shape askPrice = new ByteCursor.Shape();
    private final ByteCursor.Shape askSize = new ByteCursor.Shape();
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
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        do {
            member(in);
        } while (in.more('}'));
        if (update.symbol() == null) {
            throw ByteCursor.MISS;
        }
        update.ids(hasFirst ? first : last, last);
    }

    @Override
    public void emit(PublicSink sink) {
        sink.book(update);
    }

    private void member(ByteCursor in) {
        in.key();
        int n = in.keyLength();
        if (n == 1) {
            single(in, (int) in.keyWord());
        } else if (n == 4 && in.keyWord() == FULL) {
            update.snapshot(in.bool());
        } else {
            in.skipValue();
        }
    }

    private void single(ByteCursor in, int key) {
        switch (key) {
            case 's' -> update.symbol(HotChannelDecoder.symbol(in, symbols));
            case 'U' -> {
                first = in.truncatedWhole(firstIdShape);
                hasFirst = true;
            }
            case 'u' -> last = in.truncatedWhole(lastIdShape);
            case 't' -> update.exchangeTimestampMillis(in.truncatedWhole(timeShape));
            case 'b' -> levels(in, update.bids(), bidPrice, bidSize);
            case 'a' -> levels(in, update.asks(), askPrice, askSize);
            default -> in.skipValue();
        }
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
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        long price = 0;
        int priceScale = -1;
        long size = 0;
        int sizeScale = -1;
        do {
            in.key();
            if (in.keyIs(P, 1)) {
                in.decimal(priceShape);
                price = in.mantissa();
                priceScale = in.scale();
            } else if (in.keyIs(S, 1)) {
                in.decimal(sizeShape);
                size = in.mantissa();
                sizeScale = in.scale();
            } else {
                in.skipValue();
            }
        } while (in.more('}'));
        if (priceScale < 0 || sizeScale < 0) {
            throw ByteCursor.MISS;
        }
        side.add(price, priceScale, Math.abs(size), sizeScale);
    }
}
