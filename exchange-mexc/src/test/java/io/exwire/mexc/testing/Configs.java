package io.exwire.mexc.testing;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/** Test configurations pointing at loopback servers. */
public final class Configs {

    /** The venue id. */
    public static final ExchangeId MEXC = ExchangeId.of("mexc");

    private Configs() {
    }

    /**
     * @param market the market
     * @param options venue options
     * @return a configuration with production endpoints
     */
    public static ExchangeConfig of(MarketType market, Map<String, String> options) {
        ExchangeConfig.Builder b = ExchangeConfig.builder(MEXC, market);
        options.forEach(b::venueOption);
        return b.build();
    }

    /**
     * @param market the market
     * @param restPort a loopback port
     * @return a configuration whose REST root is {@code http://127.0.0.1:port}
     */
    public static ExchangeConfig rest(MarketType market, int restPort) {
        return rest(market, restPort, Map.of());
    }

    /**
     * @param market the market
     * @param restPort a loopback port
     * @param options venue options
     * @return a configuration whose REST root is {@code http://127.0.0.1:port}
     */
    public static ExchangeConfig rest(MarketType market, int restPort, Map<String, String> options) {
        return rest(market, restPort, options, InstantSource.system());
    }

    /**
     * @param market the market
     * @param restPort a loopback port
     * @param options venue options
     * @param clock the component clock
     * @return a configuration whose REST root is {@code http://127.0.0.1:port}
     */
    public static ExchangeConfig rest(MarketType market, int restPort, Map<String, String> options,
                                      InstantSource clock) {
        ExchangeConfig.Builder b = ExchangeConfig.builder(MEXC, market).clock(clock)
                .restUri(URI.create("http://127.0.0.1:" + restPort))
                .requestTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofSeconds(5));
        options.forEach(b::venueOption);
        return b.build();
    }
}
