package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicChannel;

/**
 * The MEXC futures topics exwire subscribes and their request frames. Symbols are {@code BTC_USDT}; every request
 * carries one symbol and {@code "gzip":false} (plain-text pushes).
 *
 * <table>
 *   <caption>topics</caption>
 *   <tr><th>channel</th><th>request</th><th>push</th></tr>
 *   <tr><td>TRADES</td><td>{@code sub.deal {symbol, compress}}</td><td>{@code push.deal}</td></tr>
 *   <tr><td>ORDER_BOOK</td><td>{@code sub.depth {symbol, compress}}</td><td>{@code push.depth}</td></tr>
 *   <tr><td>BOOK_TICKER</td><td>{@code sub.depth.full {symbol, limit: 5}}</td><td>{@code push.depth.full}</td></tr>
 *   <tr><td>TICKER</td><td>{@code sub.ticker {symbol}}</td><td>{@code push.ticker}</td></tr>
 * </table>
 *
 * <p>Venue option {@value #COMPRESS}: {@code false} (default) sends {@code "compress":false}, so every depth version
 * and every deal arrives on its own; {@code true} leaves the venue's merging on (depth pushes then carry
 * {@code begin}/{@code end}, handled as well). Immutable.
 */
public final class FuturesChannels {

    /** Venue option: whether the venue may merge depth versions and deals ({@code true}/{@code false}). */
    public static final String COMPRESS = "compress";

    private final boolean compress;

    private FuturesChannels(boolean compress) {
        this.compress = compress;
    }

    /**
     * @param config the configuration
     * @return the channels
     * @throws ConfigurationException if {@value #COMPRESS} is not {@code true} or {@code false}
     */
    public static FuturesChannels of(ExchangeConfig config) {
        String value = config.venueOption(COMPRESS).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigurationException("MEXC venue option '" + COMPRESS + "' must be true or false but was '"
                    + value + "'");
        }
        return new FuturesChannels(Boolean.parseBoolean(value));
    }

    /**
     * @param channel a channel
     * @return the topic, e.g. {@code deal}
     */
    public static String topic(PublicChannel channel) {
        return switch (channel) {
            case TRADES -> "deal";
            case ORDER_BOOK -> "depth";
            case BOOK_TICKER -> "depth.full";
            case TICKER -> "ticker";
        };
    }

    /**
     * @param channel the channel
     * @param contract the contract, e.g. {@code BTC_USDT}
     * @return the subscribe frame
     */
    public String subscribe(PublicChannel channel, String contract) {
        StringBuilder sb = new StringBuilder(96).append("{\"method\":\"sub.").append(topic(channel))
                .append("\",\"param\":{\"symbol\":\"").append(contract).append('"');
        if (channel == PublicChannel.BOOK_TICKER) {
            sb.append(",\"limit\":5");
        } else if (!compress && channel != PublicChannel.TICKER) {
            sb.append(",\"compress\":false");
        }
        return sb.append("},\"gzip\":false}").toString();
    }

    /**
     * @param channel the channel
     * @param contract the contract
     * @return the unsubscribe frame
     */
    public String unsubscribe(PublicChannel channel, String contract) {
        return "{\"method\":\"unsub." + topic(channel) + "\",\"param\":{\"symbol\":\"" + contract + "\"}}";
    }
}
