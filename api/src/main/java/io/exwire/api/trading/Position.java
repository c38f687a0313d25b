package io.exwire.api.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

/**
 * A futures position after a change. Size is absolute, in contracts; direction is {@code side}.
 *
 * @param exchange the venue
 * @param market always futures
 * @param symbol the contract
 * @param side long, short or flat
 * @param size absolute size in contracts
 * @param entryPrice average entry price, or null when flat
 * @param leverage leverage, or null when not sent
 * @param unrealizedPnl unrealised profit and loss, or null when not sent
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 * @param receiveTimestampNanos local receive time
 * @param reconciled whether produced by REST reconciliation
 */
public record Position(ExchangeId exchange, MarketType market, Symbol symbol, PositionSide side, Decimal size,
                       Decimal entryPrice, Decimal leverage, Decimal unrealizedPnl, long exchangeTimestampMillis,
                       long receiveTimestampNanos, boolean reconciled) implements AccountEvent {
}
