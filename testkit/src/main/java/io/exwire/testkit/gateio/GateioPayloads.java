package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.SimulatedMarket;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.exwire.testkit.gateio.GateioEnvelopes.INVALID_ARGUMENT;

/**
 * Validates a request's {@code payload} against its channel and turns it into topics. A batch is atomic: one
 * unknown symbol fails the whole request with code 2 ({@code unknown currency pair X} / {@code unknown contract X}).
 * Stateless and thread-safe.
 */
final class GateioPayloads {

    private final SimulatedMarket market;
    private final boolean spot;

    GateioPayloads(SimulatedMarket market) {
        this.market = market;
        this.spot = market.market() == MarketType.SPOT;
    }

    List<GateioTopic> parse(GateioChannels.Kind kind, String channel, JsonNode payload, String userId) {
        List<String> items = strings(payload);
        return switch (kind) {
            case SYMBOLS -> symbols(channel, items, "", false);
            case PRIVATE_SYMBOLS -> symbols(channel, items, userId, true);
            case BOOK_UPDATE -> List.of(bookUpdate(channel, items));
            case OBU -> obu(channel, items);
            case SPOT_BALANCES -> spotBalances(channel, items, userId);
            case FUTURES_USER_SYMBOLS -> symbols(channel, withoutUser(items, userId, true), userId, true);
            case FUTURES_POSITIONS -> symbols(channel, withoutUser(items, userId, false), userId, true);
            case FUTURES_BALANCES -> futuresBalances(channel, items, userId);
        };
    }

    private static List<String> strings(JsonNode payload) {
        List<String> out = new ArrayList<>();
        if (payload == null || payload.isMissingNode() || payload.isNull()) {
            return out;
        }
        if (!payload.isArray()) {
            throw new GateioRequestException(GateioEnvelopes.INVALID_REQUEST, "invalid request body: payload must be an array");
        }
        for (JsonNode n : payload) {
            if (!n.isTextual()) {
                throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: payload items must be strings");
            }
            out.add(n.asText());
        }
        return out;
    }

    private List<GateioTopic> symbols(String channel, List<String> items, String value, boolean allowAll) {
        if (items.isEmpty()) {
            throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: empty payload");
        }
        List<GateioTopic> out = new ArrayList<>();
        for (String item : items) {
            if (!(allowAll && GateioSubscriptions.ALL.equals(item))) {
                requireListed(item);
            }
            out.add(new GateioTopic(channel, item, value));
        }
        return out;
    }

    private GateioTopic bookUpdate(String channel, List<String> items) {
        if (items.size() < 2) {
            throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: expected [symbol, interval]");
        }
        requireListed(items.get(0));
        String interval = items.get(1);
        String level = spot ? spotLevel(interval) : futuresLevel(interval, items.size() > 2 ? items.get(2) : null);
        return new GateioTopic(channel, items.get(0), level);
    }

    private static String spotLevel(String interval) {
        return switch (interval) {
            case "100ms" -> "100";
            case "20ms" -> "20";
            default -> throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: interval " + interval);
        };
    }

    private static String futuresLevel(String frequency, String level) {
        boolean ok100 = "100ms".equals(frequency) && (level == null || Set.of("100", "50", "20").contains(level));
        boolean ok20 = "20ms".equals(frequency) && (level == null || "20".equals(level));
        if (!ok100 && !ok20) {
            throw new GateioRequestException(INVALID_ARGUMENT,
                    "invalid argument: frequency " + frequency + " with level " + level);
        }
        return level != null ? level : ok20 ? "20" : "100";
    }

    private List<GateioTopic> obu(String channel, List<String> items) {
        if (items.isEmpty()) {
            throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: empty payload");
        }
        List<GateioTopic> out = new ArrayList<>();
        for (String stream : items) {
            String[] parts = stream.split("\\.");
            if (parts.length != 3 || !"ob".equals(parts[0]) || !Set.of("400", "50").contains(parts[2])) {
                throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: stream " + stream);
            }
            requireListed(parts[1]);
            out.add(new GateioTopic(channel, stream, parts[1]));
        }
        return out;
    }

    private static List<GateioTopic> spotBalances(String channel, List<String> items, String userId) {
        if (!items.isEmpty() && !(items.size() == 1 && GateioSubscriptions.ALL.equals(items.get(0)))) {
            throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: spot.balances takes no currency pairs");
        }
        return List.of(new GateioTopic(channel, GateioSubscriptions.ALL, userId));
    }

    private static List<GateioTopic> futuresBalances(String channel, List<String> items, String userId) {
        if (items.size() != 1 || !items.get(0).equals(userId)) {
            throw new GateioRequestException(INVALID_ARGUMENT, "invalid argument: payload must be [\"" + userId + "\"]");
        }
        return List.of(new GateioTopic(channel, GateioSubscriptions.ALL, userId));
    }

    private static List<String> withoutUser(List<String> items, String userId, boolean required) {
        if (!items.isEmpty() && items.get(0).equals(userId)) {
            return items.subList(1, items.size());
        }
        if (required) {
            throw new GateioRequestException(INVALID_ARGUMENT,
                    "invalid argument: the first payload item must be the user id " + userId);
        }
        return items;
    }

    void requireListed(String venueSymbol) {
        Symbol symbol = GateioJson.parseSymbol(venueSymbol);
        if (symbol == null || market.spec(symbol) == null) {
            throw new GateioRequestException(INVALID_ARGUMENT,
                    (spot ? "unknown currency pair " : "unknown contract ") + venueSymbol);
        }
    }
}
