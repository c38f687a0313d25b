package io.exwire.core.connection;

import io.exwire.api.model.ConnectionState;

/** Orders states by how far a connection has progressed, to report a sharded component's least advanced one. */
public final class ConnectionStates {

    private ConnectionStates() {
    }

    /**
     * @param s a state
     * @return its progress rank; CLOSED is -1
     */
    public static int rank(ConnectionState s) {
        return switch (s) {
            case CLOSED -> -1;
            case DISCONNECTED, RECONNECTING -> 0;
            case CONNECTING -> 1;
            case CONNECTED -> 2;
            case AUTHENTICATING -> 3;
            case AUTHENTICATED -> 4;
            case SUBSCRIBED -> 5;
        };
    }
}
