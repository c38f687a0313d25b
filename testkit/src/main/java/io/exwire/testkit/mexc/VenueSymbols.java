package io.exwire.testkit.mexc;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MEXC's symbol spellings: spot {@code BTCUSDT}, futures {@code BTC_USDT}. Immutable after construction;
 * thread-safe.
 */
final class VenueSymbols {

    private final MarketType market;
    private final Map<String, Symbol> byVenueName = new LinkedHashMap<>();

    VenueSymbols(MarketType market, Collection<Symbol> listed) {
        this.market = market;
        listed.forEach(symbol -> byVenueName.put(name(symbol), symbol));
    }

    /**
     * @param symbol a symbol
     * @return its venue spelling
     */
    String name(Symbol symbol) {
        return market == MarketType.SPOT ? symbol.base() + symbol.quote() : symbol.base() + '_' + symbol.quote();
    }

    /**
     * @param venueName a venue spelling
     * @return the listed symbol, or null if not listed
     */
    Symbol resolve(String venueName) {
        return venueName == null ? null : byVenueName.get(venueName);
    }

    /** @return the listed venue names */
    Collection<String> names() {
        return byVenueName.keySet();
    }
}
