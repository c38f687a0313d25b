package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * A public trade from REST (an immutable copy, unlike {@link TradeView}).
 *
 * @param symbol the symbol
 * @param tradeId the venue's id, or {@link TradeView#NO_TRADE_ID}
 * @param price the price
 * @param size the absolute size in the venue's native unit
 * @param takerSide the taker's side
 * @param exchangeTimestampMillis the venue's timestamp
 */
public record PublicTrade(Symbol symbol, long tradeId, Decimal price, Decimal size, Side takerSide,
                          long exchangeTimestampMillis) {
}
