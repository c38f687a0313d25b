package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

import java.util.Set;

/**
 * One accepted spot channel string, parsed. Channels MEXC refuses ("Blocked!": legacy JSON channels, non-aggregated
 * {@code .pb} channels, missing or wrong interval/level/time zone, unknown symbols) do not parse. Immutable.
 *
 * @param raw the channel as the client sent it
 * @param topic what it carries
 * @param symbol the symbol, or null for private channels
 * @param option the interval ({@code 100ms}/{@code 10ms}), level ({@code 5}/{@code 10}/{@code 20}) or time zone
 */
record SpotChannel(String raw, Topic topic, Symbol symbol, String option) {

    /** How a channel string is built after its stream name. */
    enum Shape {
        /** {@code @(100ms|10ms)@SYM}. */
        WINDOWED,
        /** {@code @SYM@(5|10|20)}. */
        LEVELED,
        /** {@code @SYM@TZ}. */
        ZONED,
        /** Nothing: a private channel. */
        PRIVATE
    }

    /** The channel families the simulator serves. */
    enum Topic {
        /** {@code spot@public.aggre.deals.v3.api.pb@(100ms|10ms)@SYM}. */
        DEALS("public.aggre.deals.v3.api.pb", Shape.WINDOWED),
        /** {@code spot@public.aggre.depth.v3.api.pb@(100ms|10ms)@SYM}. */
        DEPTH("public.aggre.depth.v3.api.pb", Shape.WINDOWED),
        /** {@code spot@public.aggre.bookTicker.v3.api.pb@(100ms|10ms)@SYM}. */
        BOOK_TICKER("public.aggre.bookTicker.v3.api.pb", Shape.WINDOWED),
        /** {@code spot@public.limit.depth.v3.api.pb@SYM@(5|10|20)}. */
        LIMIT_DEPTH("public.limit.depth.v3.api.pb", Shape.LEVELED),
        /** {@code spot@public.miniTicker.v3.api.pb@SYM@TZ}. */
        MINI_TICKER("public.miniTicker.v3.api.pb", Shape.ZONED),
        /** {@code spot@private.orders.v3.api.pb}. */
        ORDERS("private.orders.v3.api.pb", Shape.PRIVATE),
        /** {@code spot@private.deals.v3.api.pb}. */
        OWN_DEALS("private.deals.v3.api.pb", Shape.PRIVATE),
        /** {@code spot@private.account.v3.api.pb}. */
        ACCOUNT("private.account.v3.api.pb", Shape.PRIVATE);

        private final String stream;
        private final Shape shape;

        Topic(String stream, Shape shape) {
            this.stream = stream;
            this.shape = shape;
        }

        /** @return whether the channel needs a listenKey connection */
        boolean isPrivate() {
            return shape == Shape.PRIVATE;
        }

        /** @return the full private channel string (only for private topics) */
        String privateChannel() {
            return "spot@" + stream;
        }

        static Topic of(String stream) {
            for (Topic topic : values()) {
                if (topic.stream.equals(stream)) {
                    return topic;
                }
            }
            return null;
        }
    }

    private static final Set<String> INTERVALS = Set.of("100ms", "10ms");
    private static final Set<String> LEVELS = Set.of("5", "10", "20");

    /**
     * Parses a channel.
     *
     * @param raw the channel string
     * @param symbols the listed symbols
     * @return the channel, or null if MEXC would refuse it
     */
    static SpotChannel parse(String raw, VenueSymbols symbols) {
        String[] parts = raw == null ? new String[0] : raw.split("@", -1);
        Topic topic = topicOf(parts);
        if (topic == null) {
            return null;
        }
        return switch (topic.shape) {
            case WINDOWED -> windowed(raw, topic, parts, symbols);
            case LEVELED -> suffixed(raw, topic, parts, symbols, LEVELS.contains(last(parts)));
            case ZONED -> suffixed(raw, topic, parts, symbols, validTimeZone(last(parts)));
            case PRIVATE -> parts.length == 2 ? new SpotChannel(raw, topic, null, "") : null;
        };
    }

    private static Topic topicOf(String[] parts) {
        return parts.length >= 2 && "spot".equals(parts[0]) ? Topic.of(parts[1]) : null;
    }

    /** @return the push's {@code eventType}: the channel without its symbol part */
    String eventType() {
        return topic.shape == Shape.WINDOWED ? "spot@" + topic.stream + "@" + option : "spot@" + topic.stream;
    }

    private static SpotChannel windowed(String raw, Topic topic, String[] parts, VenueSymbols symbols) {
        if (parts.length != 4 || !INTERVALS.contains(parts[2])) {
            return null;
        }
        Symbol symbol = symbols.resolve(parts[3]);
        return symbol == null ? null : new SpotChannel(raw, topic, symbol, parts[2]);
    }

    private static SpotChannel suffixed(String raw, Topic topic, String[] parts, VenueSymbols symbols, boolean valid) {
        if (parts.length != 4 || !valid) {
            return null;
        }
        Symbol symbol = symbols.resolve(parts[2]);
        return symbol == null ? null : new SpotChannel(raw, topic, symbol, parts[3]);
    }

    private static String last(String[] parts) {
        return parts[parts.length - 1];
    }

    static boolean validTimeZone(String zone) {
        if ("24H".equals(zone)) {
            return true;
        }
        if (!zone.startsWith("UTC+") && !zone.startsWith("UTC-")) {
            return false;
        }
        try {
            int offset = Integer.parseInt(zone.substring(4));
            return zone.charAt(3) == '+' ? offset <= 13 : offset >= 1 && offset <= 10;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
