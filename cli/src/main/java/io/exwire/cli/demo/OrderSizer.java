package io.exwire.cli.demo;

import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Order sizes that respect an instrument's trading rules (lot size, minimum size, minimum notional), read once from
 * the public REST client as an application would.
 */
final class OrderSizer {

    private final Map<Symbol, Instrument> instruments;

    private OrderSizer(Map<Symbol, Instrument> instruments) {
        this.instruments = instruments;
    }

    /**
     * @param rest the venue's public REST client
     * @param symbols the symbols traded
     * @return the sizer
     * @throws IllegalStateException when a symbol is not listed
     */
    static OrderSizer load(PublicRestClient rest, List<Symbol> symbols) {
        Map<Symbol, Instrument> bySymbol = new HashMap<>();
        for (Instrument instrument : rest.instruments()) {
            if (symbols.contains(instrument.symbol())) {
                bySymbol.put(instrument.symbol(), instrument);
            }
        }
        if (!bySymbol.keySet().containsAll(symbols)) {
            throw new IllegalStateException("the venue does not list all of " + symbols);
        }
        return new OrderSizer(bySymbol);
    }

    /**
     * @param symbol a symbol
     * @return its lot size
     */
    Decimal lot(Symbol symbol) {
        return instruments.get(symbol).lotSize();
    }

    /**
     * The smallest number of lots an order at {@code price} may have.
     *
     * @param symbol the symbol
     * @param price the limit price
     * @return at least 1
     */
    long minLots(Symbol symbol, Decimal price) {
        Instrument i = instruments.get(symbol);
        return Math.max(1, Math.max(lotsFor(i.minSize(), i.lotSize()), notionalLots(i, price)));
    }

    /**
     * @param lot the lot size
     * @param lots a number of lots
     * @return {@code lot × lots}, exactly
     */
    static Decimal times(Decimal lot, long lots) {
        return Decimal.of(Math.multiplyExact(lot.mantissa(), lots), lot.scale());
    }

    private static long lotsFor(Decimal size, Decimal lot) {
        if (size == null) {
            return 1;
        }
        return size.toBigDecimal().divide(lot.toBigDecimal(), 0, RoundingMode.CEILING).longValueExact();
    }

    private static long notionalLots(Instrument i, Decimal price) {
        if (i.minNotional() == null) {
            return 1;
        }
        BigDecimal perLot = price.toBigDecimal().multiply(i.lotSize().toBigDecimal())
                .multiply(i.contractSize() == null ? BigDecimal.ONE : i.contractSize().toBigDecimal());
        return i.minNotional().toBigDecimal().divide(perLot, 0, RoundingMode.CEILING).longValueExact();
    }
}
