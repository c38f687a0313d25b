package io.exwire.cli.table;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of one public component, fixed at creation (so handlers look rows up without locking). */
public final class MarketGroup {

    private final ComponentStatus status;
    private final Map<Symbol, MarketRow> rows;

    /**
     * @param venue the venue
     * @param market the market
     * @param symbols the symbols, in display order
     */
    public MarketGroup(ExchangeId venue, MarketType market, List<Symbol> symbols) {
        this.status = new ComponentStatus(venue, market);
        Map<Symbol, MarketRow> map = new LinkedHashMap<>();
        for (Symbol symbol : symbols) {
            map.put(symbol, new MarketRow(symbol));
        }
        this.rows = java.util.Collections.unmodifiableMap(map);
    }

    /** @return the component's status */
    public ComponentStatus status() {
        return status;
    }

    /**
     * @param symbol a symbol
     * @return its row, or null when the symbol was not requested
     */
    public MarketRow row(Symbol symbol) {
        return rows.get(symbol);
    }

    /** @return the rows in display order */
    public Collection<MarketRow> rows() {
        return rows.values();
    }
}
