package io.exwire.api.connection;

/**
 * Receives every {@link io.exwire.api.model.ConnectionState} transition of a component, in order, one at a time,
 * on an exwire thread. Must not block.
 */
@FunctionalInterface
public interface ConnectionStateListener {

    /** A listener that ignores every transition. */
    ConnectionStateListener NO_OP = change -> { };

    /**
     * Reports one transition.
     *
     * @param change the transition
     */
    void onStateChange(ConnectionStateChange change);
}
