package io.exwire.api.connection;

import io.exwire.api.exception.ExwireException;

/**
 * Receives every error that does not end the component: malformed frames, rejected subscriptions, failed
 * reconnection attempts, overflows. Called on the component's dispatcher (or reader) thread; must not block.
 */
@FunctionalInterface
public interface ErrorHandler {

    /** An error handler that ignores everything. */
    ErrorHandler NO_OP = error -> { };

    /**
     * Reports one error.
     *
     * @param error the typed error; its message never contains secrets
     */
    void onError(ExwireException error);
}
