package io.exwire.mexc.wire;

import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves MEXC spot spellings ({@code BTCUSDT}) to neutral symbols for the private stream and the private REST
 * client, which receive symbols the application never named. Filled from {@code exchangeInfo}; a spelling listed
 * after the last load is split on the longest known quote asset. Copy-on-write; thread-safe.
 */
public final class SpotSymbolDirectory {

    private static final List<String> DEFAULT_QUOTES = List.of("USDT", "USDC", "USD1", "USDE", "BTC", "ETH", "EUR");

    private volatile Map<String, Symbol> bySpelling = Map.of();
    private volatile List<String> quotes = DEFAULT_QUOTES;
    private volatile long loadedAtMillis;

    /**
     * Replaces the directory's content.
     *
     * @param infos the symbols from {@code exchangeInfo}
     * @param nowMillis the current time
     */
    public void update(List<SpotSymbolInfo> infos, long nowMillis) {
        Map<String, Symbol> map = new HashMap<>(infos.size() * 2);
        Set<String> quoteSet = new LinkedHashSet<>(DEFAULT_QUOTES);
        for (SpotSymbolInfo info : infos) {
            map.put(info.venueSymbol(), info.symbol());
            quoteSet.add(info.symbol().quote());
        }
        List<String> sorted = new ArrayList<>(quoteSet);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        bySpelling = Map.copyOf(map);
        quotes = List.copyOf(sorted);
        loadedAtMillis = nowMillis;
    }

    /** @return when the directory was last loaded (epoch ms), 0 if never */
    public long loadedAtMillis() {
        return loadedAtMillis;
    }

    /**
     * @param venueSymbol a spot spelling such as {@code BTCUSDT}
     * @return the symbol, or null when it cannot be resolved
     */
    public Symbol resolve(String venueSymbol) {
        Symbol known = bySpelling.get(venueSymbol);
        return known != null ? known : splitOnQuote(venueSymbol);
    }

    private Symbol splitOnQuote(String venueSymbol) {
        for (String quote : quotes) {
            if (venueSymbol.length() > quote.length() && venueSymbol.endsWith(quote)) {
                try {
                    return Symbol.of(venueSymbol.substring(0, venueSymbol.length() - quote.length()), quote);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
