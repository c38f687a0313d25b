package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.gateio.wire.WireDecimal;

/**
 * Decodes {@code spot.order_book_update} and {@code futures.order_book_update} into {@link BookUpdate}s:
 * {@code t} (ms), {@code full} (present and true on full replacements, which become snapshots), {@code s},
 * {@code U}/{@code u} (first/last update id of the push), {@code b}/{@code a}. Spot levels are
 * {@code ["price","amount"]}; futures levels are {@code {"p":"price","s":size}} with the size a contract count,
 * integer or decimal string. Sizes are absolute; 0 removes the level. {@code e}, {@code E} (seconds) and {@code l}
 * are ignored. A push with empty sides still carries its ids, so the book's id advances. Allocation-free.
 */
final class BookDecoder {

    private final BookUpdate update = new BookUpdate();
    private final SymbolTable symbols;
    private final boolean objectLevels;
    private final WireDecimal price = new WireDecimal();
    private final WireDecimal size = new WireDecimal();
    private final WireDecimal scratch = new WireDecimal();
    private long first;
    private long last;
    private boolean hasFirst;

    BookDecoder(MarketType market, SymbolTable symbols) {
        this.symbols = symbols;
        this.objectLevels = market == MarketType.FUTURES;
    }

    void decode(JsonCursor cursor, long receiveNanos, PublicSink sink) {
        update.begin(null, false, 0, 0, 0, receiveNanos);
        first = 0;
        last = 0;
        hasFirst = false;
        cursor.beginObject();
        while (cursor.nextField()) {
            if (!readHeader(cursor) && !readSides(cursor)) {
                cursor.skipValue();
            }
        }
        if (update.symbol() == null) {
            sink.unknownChannel();
            return;
        }
        update.ids(hasFirst ? first : last, last);
        sink.book(update);
    }

    private boolean readHeader(JsonCursor cursor) {
        if (cursor.fieldIs("s")) {
            cursor.readStringRange();
            update.symbol(symbols.lookup(cursor.text(), cursor.tokenStart(), cursor.tokenEnd()));
        } else if (cursor.fieldIs("U")) {
            first = scratch.read(cursor).wholePart();
            hasFirst = true;
        } else if (cursor.fieldIs("u")) {
            last = scratch.read(cursor).wholePart();
        } else if (cursor.fieldIs("t")) {
            update.exchangeTimestampMillis(scratch.read(cursor).wholePart());
        } else if (cursor.fieldIs("full")) {
            update.snapshot(cursor.readBoolean());
        } else {
            return false;
        }
        return true;
    }

    private boolean readSides(JsonCursor cursor) {
        if (cursor.fieldIs("b")) {
            readLevels(cursor, update.bids());
        } else if (cursor.fieldIs("a")) {
            readLevels(cursor, update.asks());
        } else {
            return false;
        }
        return true;
    }

    private void readLevels(JsonCursor cursor, BookUpdate.Side side) {
        if (cursor.readNullIfPresent()) {
            return;
        }
        cursor.beginArray();
        while (cursor.nextElement()) {
            if (objectLevels) {
                readObjectLevel(cursor);
            } else {
                readArrayLevel(cursor);
            }
            side.add(price.mantissa(), price.scale(), size.absMantissa(), size.scale());
        }
    }

    private void readArrayLevel(JsonCursor cursor) {
        cursor.beginArray();
        cursor.nextElement();
        price.read(cursor);
        cursor.nextElement();
        size.read(cursor);
        while (cursor.nextElement()) {
            cursor.skipValue();
        }
    }

    private void readObjectLevel(JsonCursor cursor) {
        price.zero();
        size.zero();
        cursor.beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs("p")) {
                price.read(cursor);
            } else if (cursor.fieldIs("s")) {
                size.read(cursor);
            } else {
                cursor.skipValue();
            }
        }
    }
}
