package io.exwire.api.exception;

/**
 * The root of every exception exwire reports, through a failed future, a thrown exception or the error handler.
 *
 * <p>Two branches: {@link TransientException} (a retry or reconnect may help; exwire usually retries by itself)
 * and {@link NonTransientException} (retrying the same request will fail again: fix credentials, symbols or
 * configuration). Messages never contain secrets, signatures or whole frames that may carry account data.
 */
public abstract class ExwireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    protected ExwireException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    protected ExwireException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns whether retrying or reconnecting may succeed.
     *
     * @return whether retrying or reconnecting may succeed
     */
    public abstract boolean isTransient();
}
