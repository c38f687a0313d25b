package io.exwire.mexc.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
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

    private static final JsonLiteral FIRST_ASKS = JsonLiteral.firstMember("asks");
    private static final JsonLiteral NEXT_BIDS = JsonLiteral.nextMember("bids");
    private static final JsonLiteral NEXT_VERSION = JsonLiteral.nextMember("version");
    private static final int ASKS = 0;
    private static final int BIDS = 1;
    private static final int VERSION = 2;
    private static final int BEGIN = 3;
    private static final int END = 4;

    private final BookUpdate update = new BookUpdate();
    private final MemberNames names = new MemberNames("asks", "bids", "version", "begin", "end");
    private final ByteCursor.Shape versionShape = new ByteCursor.Shape();
    private long version;
    private long begin;
    private long end;

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        update.begin(null, false, 0, 0, 0, receiveNanos);
        version = 0;
        begin = 0;
        end = 0;
        int lastRead = usualStart(in);
        int previous = lastRead == MemberNames.NONE ? -1 : lastRead;
        for (int key = names.resume(in, lastRead); key != MemberNames.END; key = names.next(in, previous)) {
            previous = member(in, key, previous);
        }
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

    /**
     * Reads the members in the order MEXC sends them, {@code {"asks":[..],"bids":[..],"version":..}} without
     * whitespace, as straight-line code, as far as the object follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualStart(ByteCursor in) {
        if (!in.consume(FIRST_ASKS)) {
            return MemberNames.NONE;
        }
        levels(in, update.asks());
        if (!in.consume(NEXT_BIDS)) {
            return ASKS;
        }
        levels(in, update.bids());
        if (!in.consume(NEXT_VERSION)) {
            return BIDS;
        }
        version = version(in);
        return VERSION;
    }

    private int member(ByteCursor in, int key, int previous) {
        switch (key) {
            case ASKS -> levels(in, update.asks());
            case BIDS -> levels(in, update.bids());
            case VERSION -> version = version(in);
            case BEGIN -> begin = optionalWhole(in);
            case END -> end = optionalWhole(in);
            default -> {
                in.skipValue();
                return previous;
            }
        }
        return key;
    }

    private long version(ByteCursor in) {
        return in.nullIfPresent() ? 0 : in.whole(versionShape);
    }

    private static long optionalWhole(ByteCursor in) {
        return in.nullIfPresent() ? 0 : in.whole();
    }

    private static void levels(ByteCursor in, BookUpdate.Side side) {
        if (!in.arrayStart()) {
            return;
        }
        do {
            if (in.bareLevel()) {
                side.add(in.mantissa(), in.scale(), Math.abs(in.secondMantissa()), in.secondScale());
            } else {
                level(in, side);
            }
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
