package io.exwire.cli.command;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.ReconnectPolicy;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.cli.options.Endpoints;

import java.time.Duration;

/** The CLI's {@link ExchangeConfig}: endpoint overrides, bounded reconnection, and a book deep enough to print. */
public final class Configs {

    /**
     * Bounded reconnection: a command-line tool should say it cannot connect (exit code 4) rather than retry
     * forever as a long-running service would.
     */
    public static final ReconnectPolicy RECONNECT = new ReconnectPolicy(
            Duration.ofMillis(100), Duration.ofSeconds(2), 5, 20, Duration.ofSeconds(30));

    private static final int CONFIG_DEFAULT_BOOK_DEPTH = 20;

    private Configs() {
    }

    /**
     * @param venue the venue
     * @param market the market
     * @param endpoints {@code --ws-url} and {@code --rest-url}
     * @param bookDepth levels per side the command prints
     * @return the validated configuration
     * @throws io.exwire.api.exception.ConfigurationException naming a wrong setting
     */
    public static ExchangeConfig of(ExchangeId venue, MarketType market, Endpoints endpoints, int bookDepth) {
        ExchangeConfig.Builder b = ExchangeConfig.builder(venue, market)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10))
                .reconnectPolicy(RECONNECT);
        endpoints.websocketOverride().ifPresent(b::websocketUri);
        endpoints.restOverride().ifPresent(b::restUri);
        if (bookDepth > CONFIG_DEFAULT_BOOK_DEPTH) {
            b.bookDepth(bookDepth);
        }
        return b.build();
    }
}
