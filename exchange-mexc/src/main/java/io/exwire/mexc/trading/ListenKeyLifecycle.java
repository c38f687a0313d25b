package io.exwire.mexc.trading;

import io.exwire.api.exception.ExwireException;

import java.time.Duration;
import java.time.InstantSource;

/**
 * The MEXC spot listen key of one private component, across reconnects.
 *
 * <pre>
 *  (none) ──acquire()──▶ VALID ──keepAlive() ok──▶ VALID        (PUT every 30 min; at most every 10 min)
 *                          │
 *                          ├── keepAlive() fails / "Invalid listen key" ──▶ INVALID ──acquire()──▶ new key
 *                          │                                                  (old one DELETEd, best effort)
 *                          └── release() ──▶ (none)                          (DELETE, best effort)
 * </pre>
 *
 * A key is valid 60 minutes from creation or its last keep-alive; the documentation asks for a keep-alive every 30
 * minutes and more frequent calls are refused (730708). A key is reused on reconnect while valid; every replaced or
 * released key is deleted so the account stays under 60 keys. Thread-safe.
 */
final class ListenKeyLifecycle {

    /** How often core should run {@link #keepAlive()}. */
    static final Duration KEEP_ALIVE_INTERVAL = Duration.ofMinutes(30);
    private static final long MIN_KEEP_ALIVE_GAP_MILLIS = Duration.ofMinutes(10).toMillis();

    private final MexcSpotPrivateRestClient rest;
    private final InstantSource clock;
    private String key;
    private boolean valid;
    private long refreshedAtMillis;

    ListenKeyLifecycle(MexcSpotPrivateRestClient rest, InstantSource clock) {
        this.rest = rest;
        this.clock = clock;
    }

    /**
     * @return a valid key: the current one, or a new one when there is none or it was invalidated
     * @throws ExwireException e.g. {@code AuthenticationException} when the venue refuses to create one
     */
    synchronized String acquire() {
        if (key != null && valid) {
            return key;
        }
        deleteQuietly();
        key = rest.createListenKey();
        valid = true;
        refreshedAtMillis = clock.millis();
        return key;
    }

    /**
     * Extends the key; skipped when the last creation or extension is less than ten minutes old.
     *
     * @throws ExwireException when the venue refuses: the key is then invalid and the connection must be renewed
     */
    synchronized void keepAlive() {
        if (key == null || !valid || clock.millis() - refreshedAtMillis < MIN_KEEP_ALIVE_GAP_MILLIS) {
            return;
        }
        try {
            rest.keepAliveListenKey(key);
            refreshedAtMillis = clock.millis();
        } catch (ExwireException e) {
            valid = false;
            throw e;
        }
    }

    /** Marks the key unusable (the venue said {@code Invalid listen key}); the next {@link #acquire()} replaces it. */
    synchronized void invalidate() {
        valid = false;
    }

    /** Deletes the key, best effort. */
    synchronized void release() {
        deleteQuietly();
        valid = false;
    }

    /** @return the current key, or null */
    synchronized String current() {
        return key;
    }

    private void deleteQuietly() {
        if (key == null) {
            return;
        }
        try {
            rest.deleteListenKey(key);
        } catch (ExwireException e) {
            // best effort: the key may already have expired; it lapses by itself within 60 minutes
        }
        key = null;
    }
}
