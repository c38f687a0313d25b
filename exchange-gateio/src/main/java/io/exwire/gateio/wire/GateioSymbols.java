package io.exwire.gateio.wire;

import io.exwire.api.model.Symbol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gate.io's symbol spelling: {@code BASE_QUOTE} for spot pairs and USDT contracts ({@code BTC_USDT}). Parsed
 * symbols are cached so that decoding a known symbol allocates nothing. Thread-safe.
 */
public final class GateioSymbols {

    private static final int MAX_CACHED = 8192;

    private final Map<String, Symbol> cache = new ConcurrentHashMap<>();

    /**
     * @param symbol the neutral symbol
     * @return the venue spelling, e.g. {@code BTC_USDT}
     */
    public static String venue(Symbol symbol) {
        return symbol.base() + '_' + symbol.quote();
    }

    /**
     * Parses a venue spelling.
     *
     * @param venueSymbol e.g. {@code BTC_USDT}
     * @return the symbol, or null when the text is not {@code BASE_QUOTE} with upper-case letters and digits
     */
    public Symbol parse(String venueSymbol) {
        Symbol cached = cache.get(venueSymbol);
        if (cached != null) {
            return cached;
        }
        Symbol parsed = parseUncached(venueSymbol);
        if (parsed != null && cache.size() < MAX_CACHED) {
            cache.put(venueSymbol, parsed);
        }
        return parsed;
    }

    /**
     * Parses without caching.
     *
     * @param venueSymbol e.g. {@code BTC_USDT}
     * @return the symbol, or null when the text is not a two-part upper-case symbol
     */
    public static Symbol parseUncached(String venueSymbol) {
        if (venueSymbol == null) {
            return null;
        }
        int sep = venueSymbol.indexOf('_');
        if (sep <= 0 || sep != venueSymbol.lastIndexOf('_') || sep == venueSymbol.length() - 1) {
            return null;
        }
        try {
            return Symbol.of(venueSymbol.substring(0, sep), venueSymbol.substring(sep + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
