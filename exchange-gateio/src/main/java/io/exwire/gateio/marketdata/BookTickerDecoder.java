package io.exwire.gateio.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.WireDecimal;

/**
 * Decodes {@code spot.book_ticker} and {@code futures.book_ticker}: {@code t} (ms), {@code u} (book update id,
 * documented as a string for futures but sent as a number; both accepted), {@code s}, {@code b}/{@code B} best bid
 * price/size, {@code a}/{@code A} best ask. Futures sizes are contract counts, integer or decimal string; an empty
 * futures side comes as price {@code ""} and size 0 and reads as zero. Allocation-free.
 */
final class BookTickerDecoder {

    private final MutableBookTicker ticker;
    private final SymbolTable symbols;
    private final WireDecimal bidPrice = new WireDecimal();
    private final WireDecimal bidSize = new WireDecimal();
    private final WireDecimal askPrice = new WireDecimal();
    private final WireDecimal askSize = new WireDecimal();
    private final WireDecimal scratch = new WireDecimal();
    private Symbol symbol;
    private long millis;
    private long updateId;

    BookTickerDecoder(MarketType market, SymbolTable symbols) {
        this.ticker = new MutableBookTicker(GateioEndpoints.EXCHANGE, market);
        this.symbols = symbols;
    }

    void decode(JsonCursor cursor, long receiveNanos, PublicSink sink) {
        symbol = null;
        millis = 0;
        updateId = 0;
        bidPrice.zero();
        bidSize.zero();
        askPrice.zero();
        askSize.zero();
        cursor.beginObject();
        while (cursor.nextField()) {
            if (!readQuote(cursor) && !readHeader(cursor)) {
                cursor.skipValue();
            }
        }
        if (symbol == null) {
            sink.unknownChannel();
            return;
        }
        ticker.envelope(symbol, millis, receiveNanos, updateId)
                .bid(bidPrice.mantissa(), bidPrice.scale(), bidSize.absMantissa(), bidSize.scale())
                .ask(askPrice.mantissa(), askPrice.scale(), askSize.absMantissa(), askSize.scale());
        sink.bookTicker(ticker);
    }

    private boolean readQuote(JsonCursor cursor) {
        if (cursor.fieldIs("b")) {
            bidPrice.read(cursor);
        } else if (cursor.fieldIs("B")) {
            bidSize.read(cursor);
        } else if (cursor.fieldIs("a")) {
            askPrice.read(cursor);
        } else if (cursor.fieldIs("A")) {
            askSize.read(cursor);
        } else {
            return false;
        }
        return true;
    }

    private boolean readHeader(JsonCursor cursor) {
        if (cursor.fieldIs("s")) {
            cursor.readStringRange();
            symbol = symbols.lookup(cursor.text(), cursor.tokenStart(), cursor.tokenEnd());
        } else if (cursor.fieldIs("t")) {
            millis = scratch.read(cursor).wholePart();
        } else if (cursor.fieldIs("u")) {
            updateId = scratch.read(cursor).wholePart();
        } else {
            return false;
        }
        return true;
    }
}
