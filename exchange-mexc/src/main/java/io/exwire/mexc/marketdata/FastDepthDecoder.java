package io.exwire.mexc.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

/**
 * The fast path of {@code push.depth}, with {@link FuturesDepthDecoder}'s semantics: {@code asks}/{@code bids}
 * arrays of {@code [price, contracts, ...]} levels (absolute sizes; elements after the size skipped), whole
 * {@code version}/{@code begin}/{@code end} (bare, quoted or {@code null} = 0) making the range
 * {@code first = begin ≠ 0 ? begin : version}, {@code last = end ≠ 0 ? end : version}, other members skipped. A
 * frame whose range the exact decoder would reject, and every shape {@link ByteCursor} does not handle, misses.
 * Allocation-free; not thread-safe.
 */
final class FastDepthDecoder implements FastChannel {

    private static final long ASKS = ByteCursor.word("asks", 0);
    private static final long BIDS = ByteCursor.word("bids", 0);
    private static final long VERSION = ByteCursor.word("version", 0);
    private static final long BEGIN = ByteCursor.word("begin", 0);
    private static final long END = ByteCursor.word("end", 0);

    private final BookUpdate update = new BookUpdate();
    private long version;
    private long begin;
    private long end;

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        update.begin(null, false, 0, 0, 0, receiveNanos);
        version = 0;
        begin = 0;
        end = 0;
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        do {
            member(in);
        } while (in.more('}'));
        long first = begin != 0 ? begin : version;
        long last = end != 0 ? end : version;
        if (first == 0 || last < first) {
            throw ByteCursor.MISS;
        }
        update.ids(first, last);
    }

    @Override
    public void emit(Symbol symbol, long exchangeMillis, PublicSink sink) {
        update.symbol(symbol);
        update.exchangeTimestampMillis(exchangeMillis);
        sink.book(update);
    }

    private void member(ByteCursor in) {
        in.key();
        long w = in.keyWord();
        switch (in.keyLength()) {
            case 4 -> sides(in, w);
            case 7 -> version = w == VERSION ? optionalWhole(in) : skip(in, version);
            case 5 -> begin = w == BEGIN ? optionalWhole(in) : skip(in, begin);
            case 3 -> end = w == END ? optionalWhole(in) : skip(in, end);
            default -> in.skipValue();
        }
    }

    private void sides(ByteCursor in, long w) {
        if (w == ASKS) {
            levels(in, update.asks());
        } else if (w == BIDS) {
            levels(in, update.bids());
        } else {
            in.skipValue();
        }
    }

    /** Skips the value and keeps {@code current}: a member of the same length but another name. */
    private static long skip(ByteCursor in, long current) {
        in.skipValue();
        return current;
    }

    private static long optionalWhole(ByteCursor in) {
        return in.nullIfPresent() ? 0 : in.whole();
    }

    private static void levels(ByteCursor in, BookUpdate.Side side) {
        if (!in.arrayStart()) {
            return;
        }
        do {
            level(in, side);
        } while (in.more(']'));
    }

    private static void level(ByteCursor in, BookUpdate.Side side) {
        in.expect('[');
        in.decimal();
        long price = in.mantissa();
        int priceScale = in.scale();
        in.expect(',');
        in.decimal();
        long size = Math.abs(in.mantissa());
        int sizeScale = in.scale();
        if (in.more(']')) {
            rest(in);
        }
        side.add(price, priceScale, size, sizeScale);
    }

    /** Skips a level's elements after the size (the order count), as the exact decoder does. */
    private static void rest(ByteCursor in) {
        do {
            in.skipValue();
        } while (in.more(']'));
    }
}
