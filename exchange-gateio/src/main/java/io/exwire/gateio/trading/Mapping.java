package io.exwire.gateio.trading;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.gateio.wire.Fields;
import io.exwire.gateio.wire.GateioSymbols;

/**
 * What every private mapping needs besides the venue object: the market, the local receive time, whether the
 * event comes from REST reconciliation, and the symbol cache.
 *
 * @param market the market
 * @param receiveNanos local receive time in epoch nanoseconds
 * @param reconciled whether the records are produced from REST rather than pushed
 * @param symbols the symbol cache
 */
record Mapping(MarketType market, long receiveNanos, boolean reconciled, GateioSymbols symbols) {

    /**
     * @param f the fields
     * @param name the field holding the venue symbol
     * @return the symbol
     * @throws ProtocolException when the field is missing or not {@code BASE_QUOTE}
     */
    Symbol symbol(Fields f, String name) {
        Symbol symbol = symbols.parse(f.string(name));
        if (symbol == null) {
            throw new ProtocolException("gateio " + name + " is missing or not BASE_QUOTE");
        }
        return symbol;
    }

    /**
     * @param f the fields
     * @param name a required decimal field
     * @return its value
     * @throws ProtocolException when absent
     */
    static io.exwire.api.model.Decimal required(Fields f, String name) {
        io.exwire.api.model.Decimal d = f.decimal(name);
        if (d == null) {
            throw new ProtocolException("gateio field '" + name + "' is missing");
        }
        return d;
    }
}
