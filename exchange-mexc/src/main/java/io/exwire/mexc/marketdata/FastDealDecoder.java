package io.exwire.mexc.marketdata;

import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.marketdata.PublicSink;

/**
 * The fast path of {@code push.deal}, with {@link FuturesDealDecoder}'s semantics: an array of deals (or the older
 * single object), each with {@code p} price, {@code v} contracts (absolute), {@code T} 1 buy / 2 sell, {@code t} ms
 * (0 when absent) and {@code i} trade id (whole or {@code null}; {@link TradeView#NO_TRADE_ID} when absent or
 * {@code null}), other members skipped, the last of a repeated member winning. A deal the exact decoder would reject
 * (no {@code p} or {@code v}, a {@code T} other than 1 or 2) and every shape {@link ByteCursor} does not handle
 * misses. A deal in the venue's usual member order ({@code M, O, T, p, t, v, i}) is read as straight-line code, one
 * comparison of separator and name per member; the member loop takes over where a deal departs from it. Deals wait
 * in a {@link DealBuffer} until the envelope's symbol is known. Allocation-free after warm-up; not thread-safe.
 */
final class FastDealDecoder implements FastChannel {

    private static final int PRICE = 0;
    private static final int SIZE = 1;
    private static final int SIDE = 2;
    private static final int TIME = 3;
    private static final int ID = 4;
    private static final int SELF_TRADE = 5;
    private static final int OPEN_CLOSE = 6;
    private static final JsonLiteral FIRST_SELF_TRADE = JsonLiteral.firstMember("M");
    private static final JsonLiteral NEXT_OPEN_CLOSE = JsonLiteral.nextMember("O");
    private static final JsonLiteral NEXT_SIDE = JsonLiteral.nextMember("T");
    private static final JsonLiteral NEXT_PRICE = JsonLiteral.nextMember("p");
    private static final JsonLiteral NEXT_TIME = JsonLiteral.nextMember("t");
    private static final JsonLiteral NEXT_SIZE = JsonLiteral.nextMember("v");
    private static final JsonLiteral NEXT_ID = JsonLiteral.nextMember("i");
    private static final int BUY = 1;
    private static final int SELL = 2;

    private final MemberNames names = new MemberNames("p", "v", "T", "t", "i", "M", "O");
    private final ByteCursor.Shape flagShape = new ByteCursor.Shape();
    private final DealBuffer deals = new DealBuffer();
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape idShape = new ByteCursor.Shape();
    private long side;
    private long receiveNanos;

    @Override
    public void read(ByteCursor in, long receiveNanos) {
        deals.clear();
        this.receiveNanos = receiveNanos;
        if (in.peek() == '{') {
            deal(in);
            return;
        }
        if (!in.arrayStart()) {
            return;
        }
        do {
            deal(in);
        } while (in.more(']'));
    }

    private void deal(ByteCursor in) {
        int i = deals.open();
        side = 0;
        int lastRead = usual(in, i);
        int previous = lastRead == MemberNames.NONE ? -1 : lastRead;
        for (int key = names.resume(in, lastRead); key != MemberNames.END; key = names.next(in, previous)) {
            member(in, key, i);
            previous = key < 0 ? previous : key;
        }
        if (!deals.complete(i) || side != BUY && side != SELL) {
            throw ByteCursor.MISS;
        }
        deals.close(i, side == SELL);
    }

    /**
     * Reads deal {@code i}'s members in the order MEXC sends them, {@code {"M":..,"O":..,"T":..,"p":..,"t":..,"v":..,
     * "i":..}} without whitespace, as far as the deal follows it ({@code M} and {@code O} are checked, not kept).
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usual(ByteCursor in, int i) {
        if (!in.consume(FIRST_SELF_TRADE)) {
            return MemberNames.NONE;
        }
        in.skipWhole(flagShape);
        if (!in.consume(NEXT_OPEN_CLOSE)) {
            return SELF_TRADE;
        }
        in.skipWhole(flagShape);
        if (!in.consume(NEXT_SIDE)) {
            return OPEN_CLOSE;
        }
        member(in, SIDE, i);
        if (!in.consume(NEXT_PRICE)) {
            return SIDE;
        }
        member(in, PRICE, i);
        if (!in.consume(NEXT_TIME)) {
            return PRICE;
        }
        member(in, TIME, i);
        if (!in.consume(NEXT_SIZE)) {
            return TIME;
        }
        member(in, SIZE, i);
        if (!in.consume(NEXT_ID)) {
            return SIZE;
        }
        member(in, ID, i);
        return ID;
    }

    private void member(ByteCursor in, int key, int i) {
        switch (key) {
            case PRICE -> {
                in.decimal();
                deals.price(i, in.mantissa(), in.scale());
            }
            case SIZE -> {
                in.decimal();
                deals.size(i, in.mantissa(), in.scale());
            }
            case SIDE -> side = in.whole();
            case TIME -> deals.time(i, in.whole(timeShape));
            case ID -> deals.id(i, in.nullIfPresent() ? TradeView.NO_TRADE_ID : in.whole(idShape));
            default -> in.skipValue();
        }
    }

    @Override
    public void emit(Symbol symbol, long exchangeMillis, PublicSink sink) {
        deals.emit(symbol, receiveNanos, sink);
    }
}
