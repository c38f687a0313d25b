package io.exwire.testkit.mexc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spot user-data-stream listenKeys: 64 hex characters, valid for a fixed time from creation or the last
 * keep-alive, owned by one API account. Keys come from the simulator's seed, so runs repeat. Thread-safe.
 */
final class ListenKeys {

    private record Entry(MexcAccount owner, long expiresAt) {
    }

    private final Map<String, Entry> keys = new ConcurrentHashMap<>();
    private final SplittableRandom random;
    private final LongSupplier clock;
    private final Duration validity;

    ListenKeys(long seed, LongSupplier clock, Duration validity) {
        this.random = new SplittableRandom(seed ^ 0x6c697374656e4bL);
        this.clock = clock;
        this.validity = validity;
    }

    synchronized String create(MexcAccount owner) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        keys.put(key, new Entry(owner, clock.getAsLong() + validity.toMillis()));
        return key;
    }

    /**
     * @param key a key
     * @return its owner if the key is valid now, else null
     */
    MexcAccount owner(String key) {
        Entry entry = key == null ? null : keys.get(key);
        return entry != null && entry.expiresAt > clock.getAsLong() ? entry.owner : null;
    }

    /**
     * Extends a valid key of {@code owner} by the full validity.
     *
     * @param owner the caller
     * @param key the key
     * @return whether the key was valid and is extended
     */
    boolean keepAlive(MexcAccount owner, String key) {
        if (owner(key) != owner) {
            return false;
        }
        keys.put(key, new Entry(owner, clock.getAsLong() + validity.toMillis()));
        return true;
    }

    /**
     * @param owner the caller
     * @param key the key
     * @return whether a valid key of {@code owner} was deleted
     */
    boolean delete(MexcAccount owner, String key) {
        if (owner(key) != owner) {
            return false;
        }
        keys.remove(key);
        return true;
    }

    /**
     * @param owner an account
     * @return its valid keys
     */
    List<String> valid(MexcAccount owner) {
        List<String> out = new ArrayList<>();
        keys.forEach((key, entry) -> {
            if (owner(key) == owner) {
                out.add(key);
            }
        });
        return out;
    }

    /** Expires every key at once. */
    void expireAll() {
        keys.replaceAll((key, entry) -> new Entry(entry.owner, Long.MIN_VALUE));
    }
}
