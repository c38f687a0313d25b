package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A futures connection's {@code personal.filter}: which private pushes it receives. After login everything is
 * pushed unless the login said {@code "subscribe":false}; a filter with entries replaces the previous one; an empty
 * filter restores everything. {@code asset} and {@code adl.level} cannot be narrowed to contracts. Thread-safe.
 */
final class PersonalFilter {

    private static final Set<String> ALL_KEYS = Set.of("order", "order.deal", "position", "plan.order",
            "stop.order", "stop.planorder", "risk.limit", "adl.level", "asset");

    private volatile boolean everything = true;
    private volatile Map<String, Set<String>> rules = Map.of();

    void reset(boolean pushEverything) {
        everything = pushEverything;
        rules = Map.of();
    }

    void apply(JsonNode filters) {
        if (filters == null || !filters.isArray() || filters.isEmpty()) {
            reset(true);
            return;
        }
        Map<String, Set<String>> next = new ConcurrentHashMap<>();
        for (JsonNode entry : filters) {
            String key = entry.path("filter").asText();
            if (!ALL_KEYS.contains(key)) {
                continue;
            }
            Set<String> symbols = new HashSet<>();
            entry.path("rules").forEach(rule -> symbols.add(rule.asText()));
            next.put(key, Set.copyOf(symbols));
        }
        everything = false;
        rules = next;
    }

    /**
     * @param key the push key
     * @param venueSymbol the contract, or null
     * @return whether the push passes
     */
    boolean allows(String key, String venueSymbol) {
        if (everything) {
            return true;
        }
        Set<String> symbols = rules.get(key);
        if (symbols == null) {
            return false;
        }
        return symbols.isEmpty() || venueSymbol == null || "asset".equals(key) || symbols.contains(venueSymbol);
    }
}
