package io.exwire.testkit;

import io.exwire.api.model.Symbol;

import java.time.Duration;

/**
 * Fault injection on a simulator's live connections. Every method acts at once on all current connections (or
 * arms a one-shot fault for the next matching event) and is thread-safe.
 */
public interface Faults {

    /** Drops every client TCP connection abruptly (no close frame). */
    void dropConnections();

    /**
     * Sends a close frame to every client.
     *
     * @param code the close code
     * @param reason the reason
     */
    void closeConnections(int code, String reason);

    /**
     * Stops sending anything and stops answering pings on current connections (TCP stays up: half-open).
     */
    void halfOpen();

    /** Stops pushing market data for a symbol while the connection otherwise works (stale subscription). */
    void silence(Symbol symbol);

    /** Skips one update id in the next book delta of {@code symbol}. */
    void gapNextBookUpdate(Symbol symbol);

    /** Sends the next book delta of {@code symbol} twice. */
    void duplicateNextBookUpdate(Symbol symbol);

    /** Swaps the next two book deltas of {@code symbol}. */
    void reorderNextBookUpdates(Symbol symbol);

    /** Sends one malformed frame (broken JSON, or broken protobuf for binary venues). */
    void sendMalformedFrame();

    /**
     * Sends one frame of {@code bytes} bytes.
     *
     * @param bytes the size
     */
    void sendOversizedFrame(int bytes);

    /** Sends one well-formed push on a channel the client never subscribed to and does not know. */
    void sendUnknownChannel();

    /** Makes every authentication fail with the venue's documented error until {@link #reset()}. */
    void failAuthentication();

    /** Expires listen keys / sessions the venue's way (MEXC spot listenKey); no-op where the venue has none. */
    void expireSession();

    /** Refuses the next subscription the venue's way (MEXC "Blocked" ack; Gate.io error object). */
    void rejectNextSubscription();

    /** Sends the venue's upgrade/maintenance notice (Gate.io {@code upgrade}); no-op where the venue has none. */
    void upgradeNotice();

    /**
     * Delays every outbound frame by {@code delay} (slow server side).
     *
     * @param delay the delay, or zero to stop
     */
    void slowSend(Duration delay);

    /** Clears every armed or ongoing fault. */
    void reset();
}
