package io.exwire.mexc.wire;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

/**
 * One spot symbol of MEXC's {@code GET /api/v3/exchangeInfo}, as both domains need it: the public REST client makes
 * an {@code Instrument} of it, the private stream resolves {@code BTCUSDT} to {@code BTC/USDT} with it.
 *
 * @param venueSymbol e.g. {@code BTCUSDT}
 * @param symbol the neutral symbol ({@code baseAsset}/{@code quoteAsset})
 * @param online {@code status} is {@code 1} (or the older {@code ENABLED})
 * @param apiTradingAllowed {@code isSpotTradingAllowed}
 * @param tickSize {@code 10^-quotePrecision}
 * @param lotSize {@code 10^-baseAssetPrecision}
 * @param minSize {@code baseSizePrecision} (minimum order quantity), or null when 0
 * @param minNotional {@code quoteAmountPrecision} (minimum order amount), or null when 0
 */
public record SpotSymbolInfo(String venueSymbol, Symbol symbol, boolean online, boolean apiTradingAllowed,
                             Decimal tickSize, Decimal lotSize, Decimal minSize, Decimal minNotional) {
}
