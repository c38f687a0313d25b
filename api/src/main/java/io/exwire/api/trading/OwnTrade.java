package io.exwire.api.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * A fill of one of the account's orders.
 *
 * @param exchange the venue
 * @param market the market
 * @param symbol the symbol
 * @param tradeId the venue's trade id as a string, or an empty string
 * @param orderId the order's id
 * @param side the order's side
 * @param price fill price
 * @param size absolute fill size in the venue's native unit
 * @param fee fee charged (negative for rebates), or null
 * @param feeAsset fee asset, or null
 * @param liquidity maker or taker, or null when not sent
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 * @param receiveTimestampNanos local receive time
 * @param reconciled whether produced by REST reconciliation
 */
public record OwnTrade(ExchangeId exchange, MarketType market, Symbol symbol, String tradeId, String orderId,
                       Side side, Decimal price, Decimal size, Decimal fee, String feeAsset, Liquidity liquidity,
                       long exchangeTimestampMillis, long receiveTimestampNanos, boolean reconciled)
        implements AccountEvent {
}
