package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConfigurationException;

/**
 * Venue options for MEXC futures order entry ({@code ExchangeConfig.venueOption}), validated once:
 * <ul>
 *   <li>{@value #OPEN_TYPE}: {@code cross} (default, MEXC {@code openType 2}) or {@code isolated} ({@code 1}), the
 *   margin mode of new orders and of leverage changes without an open position;</li>
 *   <li>{@value #LEVERAGE}: the leverage sent with new orders, required by MEXC in isolated mode (1..200).</li>
 * </ul>
 *
 * @param openType MEXC's open type, 1 isolated or 2 cross
 * @param leverage the order leverage, or 0 when not configured
 */
record FuturesOrderOptions(int openType, int leverage) {

    /** Venue option: {@code cross} or {@code isolated}. */
    static final String OPEN_TYPE = "openType";
    /** Venue option: the leverage of new orders. */
    static final String LEVERAGE = "leverage";

    static FuturesOrderOptions of(ExchangeConfig config) {
        String mode = config.venueOption(OPEN_TYPE).orElse("cross");
        if (!mode.equals("cross") && !mode.equals("isolated")) {
            throw new ConfigurationException("MEXC venue option '" + OPEN_TYPE + "' must be cross or isolated but was '"
                    + mode + "'");
        }
        int leverage = config.venueOption(LEVERAGE).map(FuturesOrderOptions::leverage).orElse(0);
        if (mode.equals("isolated") && leverage == 0) {
            throw new ConfigurationException("MEXC venue option '" + LEVERAGE + "' is required with openType isolated");
        }
        return new FuturesOrderOptions(mode.equals("isolated") ? 1 : 2, leverage);
    }

    private static int leverage(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= 200) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("MEXC venue option '" + LEVERAGE + "' must be a whole number 1..200 but was '"
                + text + "'");
    }
}
