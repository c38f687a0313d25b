package io.exwire.testkit.market;

import io.exwire.api.model.Symbol;

/** Source of public trade ids: a venue-wide id and a continuous per-symbol id. Implementations are thread-safe. */
public interface TradeIds {

    /** @return the next venue-wide trade id */
    long nextTradeId();

    /**
     * @param symbol the symbol
     * @return the next per-symbol trade id
     */
    long nextMarketTradeId(Symbol symbol);
}
