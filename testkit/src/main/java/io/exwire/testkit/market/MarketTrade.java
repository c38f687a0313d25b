package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * One public trade. Immutable.
 *
 * @param tradeId the venue-wide trade id
 * @param marketTradeId the per-symbol, continuous trade id
 * @param symbol the symbol
 * @param takerSide the taker's side
 * @param price the price
 * @param size the size (base units for spot, contracts for futures), positive
 * @param timestampMillis the trade time
 */
public record MarketTrade(long tradeId, long marketTradeId, Symbol symbol, Side takerSide, Decimal price, Decimal size,
                          long timestampMillis) {
}
