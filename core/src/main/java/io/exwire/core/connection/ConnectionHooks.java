package io.exwire.core.connection;

import io.exwire.api.exception.ExwireException;

import java.net.URI;

/**
 * What a domain engine plugs into a {@link ManagedConnection}. Called on exwire threads (the connect virtual thread
 * or the scheduler), never on an application thread.
 */
public interface ConnectionHooks {

    /**
     * Before each attempt: the URI to connect to (a private engine may create a listen key here; may block).
     *
     * @return the URI
     * @throws ExwireException to fail the attempt ({@code AuthenticationException} stops reconnecting)
     */
    URI target();

    /** @return extra headers for the websocket upgrade request */
    default java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /**
     * The websocket is open: send subscriptions or authentication now.
     *
     * @param connection the connection
     * @param reconnect whether this is a re-connection
     */
    void opened(ManagedConnection connection, boolean reconnect);

    /**
     * The websocket was lost (the connection will retry unless closed or out of attempts).
     *
     * @param connection the connection
     * @param cause why
     */
    void lost(ManagedConnection connection, ExwireException cause);

    /**
     * Reconnection gave up (attempts exhausted or a non-transient failure).
     *
     * @param connection the connection
     * @param cause the last failure
     */
    void gaveUp(ManagedConnection connection, ExwireException cause);

    /**
     * The dispatch queue refused a frame of this connection.
     *
     * @param connection the connection
     */
    void overflow(ManagedConnection connection);

    /**
     * The connection reached its maximum lifetime; the engine replaces it (public: new connection subscribed first).
     *
     * @param connection the connection
     */
    void lifetimeReached(ManagedConnection connection);

    /**
     * @param epochMillis now
     * @return the app-level ping frame, or null
     */
    String ping(long epochMillis);
}
