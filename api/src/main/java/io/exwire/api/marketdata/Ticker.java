package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

/**
 * 24 h statistics of one symbol. A low-rate channel (about once a second), so delivered as an immutable record
 * that may be kept. Fields the venue does not send are {@code null}.
 *
 * @param exchange the venue
 * @param market the market
 * @param symbol the symbol
 * @param last last trade price
 * @param bid best bid, or null
 * @param ask best ask, or null
 * @param high24h 24 h high, or null
 * @param low24h 24 h low, or null
 * @param volume24h 24 h volume in the base asset (contracts for futures), or null
 * @param changePct24h 24 h change in percent, or null
 * @param exchangeTimestampMillis the venue's timestamp, or 0
 * @param receiveTimestampNanos local receive time in epoch nanoseconds
 */
public record Ticker(ExchangeId exchange, MarketType market, Symbol symbol, Decimal last, Decimal bid, Decimal ask,
                     Decimal high24h, Decimal low24h, Decimal volume24h, Decimal changePct24h,
                     long exchangeTimestampMillis, long receiveTimestampNanos) implements MarketDataEvent {
}
