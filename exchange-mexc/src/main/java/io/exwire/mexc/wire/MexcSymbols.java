package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Symbol;

/**
 * MEXC's spellings of a {@link Symbol}: spot concatenates the assets ({@code BTCUSDT}), futures joins them with an
 * underscore ({@code BTC_USDT}; {@code BTCUSDT} is refused with {@code Contract [BTCUSDT] not exists}). Stateless.
 */
public final class MexcSymbols {

    private MexcSymbols() {
    }

    /**
     * @param symbol a symbol
     * @return the spot spelling, e.g. {@code BTCUSDT}
     */
    public static String spot(Symbol symbol) {
        return symbol.base() + symbol.quote();
    }

    /**
     * @param symbol a symbol
     * @return the futures spelling, e.g. {@code BTC_USDT}
     */
    public static String futures(Symbol symbol) {
        return symbol.base() + '_' + symbol.quote();
    }

    /**
     * @param contract a futures contract name such as {@code BTC_USDT}
     * @return the symbol
     * @throws ProtocolException if the name is not {@code BASE_QUOTE} with upper-case letters and digits
     */
    public static Symbol parseFutures(String contract) {
        int sep = contract.indexOf('_');
        if (sep <= 0 || sep != contract.lastIndexOf('_') || sep == contract.length() - 1) {
            throw new ProtocolException("not a MEXC contract name: '" + contract + "'");
        }
        try {
            return Symbol.of(contract.substring(0, sep), contract.substring(sep + 1));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("not a MEXC contract name: '" + contract + "'", e);
        }
    }
}
