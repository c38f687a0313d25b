package io.exwire.cli.options;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code exwire account}. Credentials are not options: they come from the environment only.
 *
 * @param venue the venue
 * @param market the market
 * @param userId the venue user id (Gate.io futures), or null to let the adapter look it up
 * @param endpoints endpoint overrides
 * @param format the output format
 * @param limits when to stop
 */
public record AccountOptions(ExchangeId venue, MarketType market, String userId, Endpoints endpoints, Format format,
                             Limits limits) {

    /** The option names of the command. */
    public static final Set<String> NAMES = Set.of("venue", "market", "user-id", "ws-url", "rest-url", "format",
            "duration", "max-events");

    /**
     * Parses the options.
     *
     * @param args the arguments after {@code account}
     * @return the options
     */
    public static AccountOptions parse(List<String> args) {
        OptionReader r = new OptionReader(ArgList.parse("account", args, NAMES));
        return new AccountOptions(r.venue(), r.market(), r.text("user-id"), r.endpoints(), r.format(), r.limits());
    }

    /** @return the user id, if given */
    public Optional<String> userIdOverride() {
        return Optional.ofNullable(userId);
    }
}
