package io.exwire.api.exception;

/** A failure that a retry or a reconnect may cure: connection loss, timeouts, rate limits, back-pressure. */
public abstract class TransientException extends ExwireException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    protected TransientException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    protected TransientException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public final boolean isTransient() {
        return true;
    }
}
