package io.exwire.api.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/**
 * One asset's balance after a change. Fields the venue does not send are {@code null}.
 *
 * @param exchange the venue
 * @param market the market (spot or futures account)
 * @param asset the asset, e.g. {@code USDT}
 * @param available free to trade or withdraw
 * @param locked in orders or margin, or null
 * @param total available + locked, or null
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 * @param receiveTimestampNanos local receive time
 * @param reconciled whether produced by REST reconciliation
 */
public record Balance(ExchangeId exchange, MarketType market, String asset, Decimal available, Decimal locked,
                      Decimal total, long exchangeTimestampMillis, long receiveTimestampNanos, boolean reconciled)
        implements AccountEvent {
}
