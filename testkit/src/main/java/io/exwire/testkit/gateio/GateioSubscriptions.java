package io.exwire.testkit.gateio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topics one connection subscribed: {@code channel} plus a name (a venue symbol, {@code !all} or an obu stream
 * name), each with a value (the book level, or the authenticated user id for private topics). Thread-safe.
 */
final class GateioSubscriptions {

    /** The name used for "every symbol". */
    static final String ALL = "!all";

    private final Map<String, String> topics = new ConcurrentHashMap<>();

    private static String key(String channel, String name) {
        return channel + '|' + name;
    }

    void add(String channel, String name, String value) {
        topics.put(key(channel, name), value);
    }

    boolean remove(String channel, String name) {
        return topics.remove(key(channel, name)) != null;
    }

    boolean has(String channel, String name) {
        return topics.containsKey(key(channel, name));
    }

    /** @return the topic's value, or null if not subscribed */
    String value(String channel, String name) {
        return topics.get(key(channel, name));
    }

    /** @return whether a private topic for {@code name} (or {@code !all}) is subscribed by {@code userId} */
    boolean hasPrivate(String channel, String name, String userId) {
        return userId.equals(topics.get(key(channel, ALL))) || (name != null && userId.equals(topics.get(key(channel, name))));
    }

    /** @return whether any topic names this venue symbol */
    boolean mentions(String venueSymbol) {
        for (String k : topics.keySet()) {
            if (k.contains(venueSymbol)) {
                return true;
            }
        }
        return false;
    }

    int count() {
        return topics.size();
    }
}
