package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Objects;

/**
 * The static description of one simulated instrument. Prices are multiples of {@code tickSize}; sizes are multiples
 * of {@code lotSize} (contracts for futures, base units for spot). Immutable.
 *
 * @param symbol the symbol
 * @param market spot or futures
 * @param initialMid the price the book is built around
 * @param tickSize the price increment (its scale is the price scale)
 * @param lotSize the size increment (its scale is the size scale)
 * @param contractSize base units per contract (1 for spot)
 * @param makerFeeRate the maker fee rate, e.g. {@code 0.001}
 * @param takerFeeRate the taker fee rate
 */
public record InstrumentSpec(Symbol symbol, MarketType market, Decimal initialMid, Decimal tickSize, Decimal lotSize,
                             Decimal contractSize, Decimal makerFeeRate, Decimal takerFeeRate) {

    /** Validates the fields. */
    public InstrumentSpec {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(market, "market");
        if (tickSize.signum() <= 0 || lotSize.signum() <= 0 || initialMid.signum() <= 0 || contractSize.signum() <= 0) {
            throw new IllegalArgumentException("tick, lot, mid and contract size must be positive for " + symbol);
        }
    }

    /** @return the number of fractional digits of prices */
    public int priceScale() {
        return tickSize.scale();
    }

    /** @return the number of fractional digits of sizes */
    public int sizeScale() {
        return lotSize.scale();
    }

    /** @return whether sizes may be fractional (lot size below 1) */
    public boolean fractionalSizes() {
        return lotSize.compareTo(Decimals.ONE) < 0;
    }

    /**
     * The default instruments of a market: BTC/USDT, ETH/USDT and SOL/USDT. For futures, BTC/USDT trades whole
     * contracts of 0.0001 BTC while ETH/USDT allows fractional contracts (0.1), exercising decimal-size handling.
     *
     * @param market the market
     * @return the specs
     */
    public static List<InstrumentSpec> defaults(MarketType market) {
        Decimal maker = Decimal.parse(market == MarketType.SPOT ? "0.001" : "0.0002");
        Decimal taker = Decimal.parse(market == MarketType.SPOT ? "0.002" : "0.0005");
        boolean spot = market == MarketType.SPOT;
        return List.of(
                new InstrumentSpec(Symbol.of("BTC", "USDT"), market, Decimal.parse("60000.0"), Decimal.parse("0.1"),
                        Decimal.parse(spot ? "0.0001" : "1"), Decimal.parse(spot ? "1" : "0.0001"), maker, taker),
                new InstrumentSpec(Symbol.of("ETH", "USDT"), market, Decimal.parse("3000.00"), Decimal.parse("0.01"),
                        Decimal.parse(spot ? "0.001" : "0.1"), Decimal.parse(spot ? "1" : "0.01"), maker, taker),
                new InstrumentSpec(Symbol.of("SOL", "USDT"), market, Decimal.parse("150.000"), Decimal.parse("0.001"),
                        Decimal.parse(spot ? "0.01" : "1"), Decimal.parse("1"), maker, taker));
    }
}
