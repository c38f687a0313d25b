package io.exwire.api.model;

import java.util.Objects;

/**
 * A venue-neutral instrument name: base and quote asset, written {@code BTC/USDT}.
 *
 * <p>Venue spellings ({@code BTC_USDT}, {@code BTCUSDT}) are the business of each adapter; applications only ever
 * see this form. For futures the quote is the settlement asset of the linear contract ({@code BTC/USDT} is the
 * USDT-margined perpetual on a futures connection). Asset codes are upper case letters and digits.
 *
 * @param base the base asset, e.g. {@code BTC}
 * @param quote the quote asset, e.g. {@code USDT}
 */
public record Symbol(String base, String quote) {

    /**
     * Validates the asset codes.
     *
     * @throws IllegalArgumentException if an asset code is empty or has characters other than A-Z and 0-9
     */
    public Symbol {
        requireAsset("base", base);
        requireAsset("quote", quote);
    }

    /**
     * Creates a symbol.
     *
     * @param base the base asset
     * @param quote the quote asset
     * @return the symbol
     */
    public static Symbol of(String base, String quote) {
        return new Symbol(base, quote);
    }

    /**
     * Parses {@code BASE/QUOTE}.
     *
     * @param text the symbol, e.g. {@code "BTC/USDT"}
     * @return the symbol
     * @throws IllegalArgumentException if the text is not {@code BASE/QUOTE}
     */
    public static Symbol parse(String text) {
        Objects.requireNonNull(text, "symbol");
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
            throw new IllegalArgumentException("symbol must be BASE/QUOTE, e.g. BTC/USDT, but was '" + text + "'");
        }
        return new Symbol(text.substring(0, slash), text.substring(slash + 1));
    }

    private static void requireAsset(String what, String asset) {
        if (asset == null || asset.isEmpty()) {
            throw new IllegalArgumentException(what + " asset must not be empty");
        }
        for (int i = 0; i < asset.length(); i++) {
            char c = asset.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                throw new IllegalArgumentException(what + " asset must be upper case letters or digits but was '" + asset + "'");
            }
        }
    }

    /**
     * Returns {@code BASE/QUOTE}.
     *
     * @return {@code BASE/QUOTE}
     */
    @Override
    public String toString() {
        return base + '/' + quote;
    }
}
