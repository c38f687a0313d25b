package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.marketdata.PublicChannel;

import java.util.regex.Pattern;

/**
 * The MEXC spot channel strings exwire subscribes, and the venue options that shape them. Only the {@code aggre}
 * protobuf channels are used: the JSON topics and the non-aggregated {@code .pb} variants are refused ("Blocked!")
 * for Open API users.
 *
 * <table>
 *   <caption>channels</caption>
 *   <tr><th>channel</th><th>MEXC channel</th></tr>
 *   <tr><td>TRADES</td><td>{@code spot@public.aggre.deals.v3.api.pb@<interval>@<SYM>}</td></tr>
 *   <tr><td>ORDER_BOOK</td><td>{@code spot@public.aggre.depth.v3.api.pb@<interval>@<SYM>}</td></tr>
 *   <tr><td>BOOK_TICKER</td><td>{@code spot@public.aggre.bookTicker.v3.api.pb@<interval>@<SYM>}</td></tr>
 *   <tr><td>TICKER</td><td>{@code spot@public.miniTicker.v3.api.pb@<SYM>@<tickerTimezone>}</td></tr>
 * </table>
 *
 * <p>Venue options ({@code ExchangeConfig.venueOption}):
 * <ul>
 *   <li>{@value #INTERVAL}: {@code 100ms} (default) or {@code 10ms}, the push window of the aggregated channels.
 *   At {@code 10ms} the book ticker republishes an unchanged quote about every 10 ms; exwire drops those
 *   duplicates (see {@link BookTickerFilter}).</li>
 *   <li>{@value #TICKER_TIMEZONE}: {@code 24H} (default, rolling 24 h) or {@code UTC-10} … {@code UTC+13}, the
 *   window of the mini ticker's change figures; the suffix is mandatory on the wire.</li>
 * </ul>
 * Immutable.
 */
public final class SpotChannels {

    /** Venue option naming the aggregation window: {@code 100ms} or {@code 10ms}. */
    public static final String INTERVAL = "interval";
    /** Venue option naming the mini-ticker time zone: {@code 24H} or {@code UTC±h}. */
    public static final String TICKER_TIMEZONE = "tickerTimezone";

    private static final Pattern TIMEZONE = Pattern.compile("24H|UTC[+-](?:[0-9]|1[0-3])");

    private final String interval;
    private final String timezone;

    private SpotChannels(String interval, String timezone) {
        this.interval = interval;
        this.timezone = timezone;
    }

    /**
     * Reads and validates the venue options.
     *
     * @param config the configuration
     * @return the channels
     * @throws ConfigurationException naming an invalid option
     */
    public static SpotChannels of(ExchangeConfig config) {
        String interval = config.venueOption(INTERVAL).orElse("100ms");
        if (!interval.equals("100ms") && !interval.equals("10ms")) {
            throw new ConfigurationException("MEXC venue option '" + INTERVAL + "' must be 100ms or 10ms but was '"
                    + interval + "'");
        }
        String timezone = config.venueOption(TICKER_TIMEZONE).orElse("24H");
        if (!TIMEZONE.matcher(timezone).matches()) {
            throw new ConfigurationException("MEXC venue option '" + TICKER_TIMEZONE
                    + "' must be 24H or UTC-10 .. UTC+13 but was '" + timezone + "'");
        }
        return new SpotChannels(interval, timezone);
    }

    /**
     * @param channel the channel
     * @param venueSymbol the spot spelling, e.g. {@code BTCUSDT}
     * @return the MEXC channel string
     */
    public String channel(PublicChannel channel, String venueSymbol) {
        return switch (channel) {
            case TRADES -> "spot@public.aggre.deals.v3.api.pb@" + interval + '@' + venueSymbol;
            case ORDER_BOOK -> "spot@public.aggre.depth.v3.api.pb@" + interval + '@' + venueSymbol;
            case BOOK_TICKER -> "spot@public.aggre.bookTicker.v3.api.pb@" + interval + '@' + venueSymbol;
            case TICKER -> "spot@public.miniTicker.v3.api.pb@" + venueSymbol + '@' + timezone;
        };
    }

    /** @return the aggregation window */
    public String interval() {
        return interval;
    }
}
