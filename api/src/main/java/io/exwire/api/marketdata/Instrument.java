package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

/**
 * Trading rules of one instrument. Futures-only fields are {@code null} for spot.
 *
 * @param symbol the venue-neutral symbol
 * @param venueSymbol the venue's spelling, e.g. {@code BTC_USDT}
 * @param market the market
 * @param tickSize smallest price increment
 * @param lotSize smallest size increment (contracts for futures)
 * @param minSize smallest order size, or null
 * @param minNotional smallest order value in the quote asset, or null
 * @param contractSize base asset per contract (Gate.io {@code quanto_multiplier}, MEXC {@code contractSize}), or null
 * @param settleAsset the settlement asset for futures, or null
 * @param tradable whether the venue accepts orders now
 */
public record Instrument(Symbol symbol, String venueSymbol, MarketType market, Decimal tickSize, Decimal lotSize,
                         Decimal minSize, Decimal minNotional, Decimal contractSize, String settleAsset,
                         boolean tradable) {
}
