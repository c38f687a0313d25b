package io.exwire.cli.options;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Set;

/**
 * The options of {@code exwire stream}.
 *
 * @param venue the venue
 * @param market the market
 * @param symbols the symbols, in the order given
 * @param channels the channels
 * @param bookDepth levels per side printed for {@code book} events
 * @param endpoints endpoint overrides
 * @param format the output format
 * @param limits when to stop
 */
public record StreamOptions(ExchangeId venue, MarketType market, List<Symbol> symbols, Set<PublicChannel> channels,
                            int bookDepth, Endpoints endpoints, Format format, Limits limits) {

    /** The option names of the command. */
    public static final Set<String> NAMES = Set.of("venue", "market", "symbols", "channels", "book-depth", "ws-url",
            "rest-url", "format", "duration", "max-events");

    /** Default of {@code --book-depth}. */
    public static final int DEFAULT_BOOK_DEPTH = 10;

    /**
     * Parses the options.
     *
     * @param args the arguments after {@code stream}
     * @return the options
     */
    public static StreamOptions parse(List<String> args) {
        OptionReader r = new OptionReader(ArgList.parse("stream", args, NAMES));
        return new StreamOptions(r.venue(), r.market(), r.symbols(), r.channels(),
                r.positiveInt("book-depth", DEFAULT_BOOK_DEPTH, 1000), r.endpoints(), r.format(), r.limits());
    }
}
