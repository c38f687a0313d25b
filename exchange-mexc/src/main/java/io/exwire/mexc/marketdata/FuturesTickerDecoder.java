package io.exwire.mexc.marketdata;

import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcVenue;

/**
 * Decodes the {@code data} of {@code push.ticker} (~1–3 s) into an immutable {@link Ticker}: {@code lastPrice},
 * {@code bid1}, {@code ask1}, {@code high24Price}, {@code lower24Price}, {@code volume24} (contracts) and
 * {@code riseFallRate} (a fraction, reported in percent). Not thread-safe.
 */
final class FuturesTickerDecoder {

    private static final int SYMBOL = 0;
    private static final int LAST = 1;
    private static final int BID = 2;
    private static final int ASK = 3;
    private static final int HIGH = 4;
    private static final int LOW = 5;
    private static final int VOLUME = 6;
    private static final int RATE = 7;
    private static final int TIMESTAMP = 8;

    private final JsonFields fields = new JsonFields("symbol", "lastPrice", "bid1", "ask1", "high24Price",
            "lower24Price", "volume24", "riseFallRate", "timestamp");

    void read(JsonCursor cur) {
        fields.read(cur);
    }

    /**
     * @param symbols the symbol table
     * @return the symbol named inside {@code data}, or null
     */
    Symbol dataSymbol(SymbolTable symbols) {
        return fields.has(SYMBOL) ? symbols.lookup(fields.string(SYMBOL)) : null;
    }

    Ticker ticker(Symbol symbol, long envelopeMillis, long receiveNanos) {
        long ts = fields.longValue(TIMESTAMP, envelopeMillis);
        return new Ticker(MexcVenue.ID, MarketType.FUTURES, symbol, fields.decimalOrZero(LAST), fields.decimal(BID),
                fields.decimal(ASK), fields.decimal(HIGH), fields.decimal(LOW), fields.decimal(VOLUME),
                Percent.of(fields.decimal(RATE)), ts, receiveNanos);
    }
}
