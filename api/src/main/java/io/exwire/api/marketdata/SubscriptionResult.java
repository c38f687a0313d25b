package io.exwire.api.marketdata;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.Symbol;

import java.util.Map;
import java.util.Set;

/**
 * What the venue answered to a subscribe or unsubscribe request, per symbol.
 *
 * @param accepted symbols every requested channel of which the venue acknowledged
 * @param rejected symbols refused, with the typed reason (e.g. {@link io.exwire.api.exception.UnknownSymbolException})
 */
public record SubscriptionResult(Set<Symbol> accepted, Map<Symbol, ExwireException> rejected) {

    /** Copies the collections. */
    public SubscriptionResult {
        accepted = Set.copyOf(accepted);
        rejected = Map.copyOf(rejected);
    }

    /**
     * Returns whether nothing was rejected.
     *
     * @return whether nothing was rejected
     */
    public boolean allAccepted() {
        return rejected.isEmpty();
    }
}
