package io.exwire.api.model;

/**
 * The lifecycle of one websocket component.
 *
 * <pre>
 *  DISCONNECTED ──initialize()──▶ CONNECTING ──upgrade ok──▶ CONNECTED
 *                                     ▲                        │ private only
 *                                     │                        ▼
 *                                     │                  AUTHENTICATING ──venue accepted──▶ AUTHENTICATED
 *                                     │                        │                                 │
 *                                     │                        ▼ (public: straight from CONNECTED) ▼
 *                                     │                   SUBSCRIBED ◀───────────────────────────┘
 *                                     │                        │ drop / dead / stale / recycle
 *                                     └──── backoff ──── RECONNECTING
 *  any state ──close()──▶ CLOSED (terminal)
 * </pre>
 *
 * Every transition is reported to the connection-state listener, in order, from one thread at a time.
 */
public enum ConnectionState {
    /** Created, not started. */
    DISCONNECTED,
    /** TCP, TLS and the websocket upgrade are in progress. */
    CONNECTING,
    /** The websocket is open; nothing subscribed yet. */
    CONNECTED,
    /** Private only: credentials sent, waiting for the venue. */
    AUTHENTICATING,
    /** Private only: the venue accepted the credentials. */
    AUTHENTICATED,
    /** Every requested subscription has been answered by the venue; data flows. */
    SUBSCRIBED,
    /** The connection was lost or is being replaced; backing off before the next attempt. */
    RECONNECTING,
    /** Closed by the application; terminal. */
    CLOSED
}
