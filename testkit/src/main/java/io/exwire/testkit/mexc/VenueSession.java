package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

/**
 * The server-side state of one client WebSocket connection, as the venue-neutral parts of the simulator see it.
 * Implementations are thread-safe: the connection thread handles requests while the market and timer threads
 * push and check deadlines.
 */
interface VenueSession {

    /** @return the outbound side */
    WsLink link();

    /** @return the client's TCP port as the server sees it (the relay's upstream port), or -1 before open */
    int peerPort();

    /** Forgets the connection: unregisters it and stops its writer. Idempotent. */
    void ended();

    /** @return the number of channels this connection receives data on */
    int activeSubscriptions();

    /**
     * @param symbol a symbol
     * @return whether any public channel of this connection is about {@code symbol}
     */
    boolean watches(Symbol symbol);

    /**
     * Enforces the venue's timers (idle cut-off, ping timeout, lifetime).
     *
     * @param nowMillis the current time
     */
    void housekeep(long nowMillis);
}
