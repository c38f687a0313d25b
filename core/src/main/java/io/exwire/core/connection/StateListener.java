package io.exwire.core.connection;

import io.exwire.api.model.ConnectionState;

/** Receives every state transition of a {@link ManagedConnection}. */
@FunctionalInterface
public interface StateListener {

    /**
     * @param connection the connection
     * @param from the state left
     * @param to the state entered
     * @param reason a short, secret-free reason
     */
    void changed(ManagedConnection connection, ConnectionState from, ConnectionState to, String reason);
}
