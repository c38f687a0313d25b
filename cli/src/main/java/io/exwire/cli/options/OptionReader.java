package io.exwire.cli.options;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.cli.control.UsageException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Typed values of the options shared by the commands; every error is a {@link UsageException} naming the option. */
public final class OptionReader {

    /** The venues of the CLI contract. */
    public static final List<String> VENUES = List.of("gateio", "mexc");

    private static final Map<String, PublicChannel> CHANNELS = Map.of(
            "book", PublicChannel.ORDER_BOOK,
            "trades", PublicChannel.TRADES,
            "bbo", PublicChannel.BOOK_TICKER,
            "ticker", PublicChannel.TICKER);

    private final ArgList args;

    /**
     * @param args the raw options
     */
    public OptionReader(ArgList args) {
        this.args = args;
    }

    /** @return {@code --venue}, required */
    public ExchangeId venue() {
        String venue = args.require("venue").toLowerCase(Locale.ROOT);
        if (!VENUES.contains(venue)) {
            throw new UsageException("--venue must be one of " + String.join("|", VENUES) + " but was '" + venue + "'");
        }
        return ExchangeId.of(venue);
    }

    /** @return {@code --market}, required */
    public MarketType market() {
        return switch (args.require("market").toLowerCase(Locale.ROOT)) {
            case "spot" -> MarketType.SPOT;
            case "futures" -> MarketType.FUTURES;
            default -> throw new UsageException("--market must be spot or futures but was '" + args.require("market") + "'");
        };
    }

    /** @return {@code --symbols}, required: comma-separated {@code BASE/QUOTE}, case-insensitive, without duplicates */
    public List<Symbol> symbols() {
        Set<Symbol> symbols = new LinkedHashSet<>();
        for (String item : items("symbols", args.require("symbols"))) {
            try {
                symbols.add(Symbol.parse(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--symbols: " + e.getMessage());
            }
        }
        return new ArrayList<>(symbols);
    }

    /** @return {@code --channels}, default all of {@code book,trades,bbo,ticker} */
    public Set<PublicChannel> channels() {
        Set<PublicChannel> channels = EnumSet.noneOf(PublicChannel.class);
        for (String item : items("channels", args.get("channels").orElse("book,trades,bbo,ticker"))) {
            PublicChannel channel = CHANNELS.get(item.toLowerCase(Locale.ROOT));
            if (channel == null) {
                throw new UsageException("--channels takes book, trades, bbo and ticker but got '" + item + "'");
            }
            channels.add(channel);
        }
        return channels;
    }

    /**
     * @param name the option
     * @param fallback the value when not given
     * @param max the largest accepted value
     * @return a positive integer
     */
    public int positiveInt(String name, int fallback, int max) {
        long value = args.get(name).map(text -> parseLong(name, text)).orElse((long) fallback);
        if (value < 1 || value > max) {
            throw new UsageException("--" + name + " must be between 1 and " + max + " but was " + value);
        }
        return (int) value;
    }

    /** @return {@code --ws-url} and {@code --rest-url} */
    public Endpoints endpoints() {
        return new Endpoints(uri("ws-url", "ws", "wss"), uri("rest-url", "http", "https"));
    }

    /** @return {@code --format}, default table */
    public Format format() {
        return args.get("format").map(Format::parse).orElse(Format.TABLE);
    }

    /** @return {@code --duration} and {@code --max-events} */
    public Limits limits() {
        Duration duration = args.get("duration").map(text -> DurationParser.parse("duration", text)).orElse(null);
        long maxEvents = args.get("max-events").map(text -> parseLong("max-events", text)).orElse(0L);
        if (args.get("max-events").isPresent() && maxEvents < 1) {
            throw new UsageException("--max-events must be positive but was " + maxEvents);
        }
        return new Limits(duration, maxEvents);
    }

    /**
     * @param name the option
     * @param fallback the value when not given
     * @return any long
     */
    public long longValue(String name, long fallback) {
        return args.get(name).map(text -> parseLong(name, text)).orElse(fallback);
    }

    /**
     * @param name the option
     * @return its non-blank value, or null when not given
     */
    public String text(String name) {
        String value = args.get(name).orElse(null);
        if (value != null && value.isBlank()) {
            throw new UsageException("--" + name + " must not be empty");
        }
        return value;
    }

    private URI uri(String name, String plain, String secure) {
        String text = args.get(name).orElse(null);
        if (text == null) {
            return null;
        }
        URI uri = parseUri(name, text);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals(plain) || scheme.equals(secure)) || uri.getHost() == null) {
            throw new UsageException("--" + name + " must be a " + plain + "://host... or " + secure
                    + "://host... URL but was '" + text + "'");
        }
        return uri;
    }

    private static URI parseUri(String name, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageException("--" + name + " is not a URL: " + e.getMessage());
        }
    }

    private static long parseLong(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number but was '" + text + "'");
        }
    }

    private static List<String> items(String name, String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                throw new UsageException("--" + name + " has an empty item in '" + text + "'");
            }
            items.add(trimmed);
        }
        return items;
    }
}
