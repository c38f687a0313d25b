package io.exwire.api.exception;

/**
 * A bounded queue overflowed because handlers were slower than the feed; the affected stream is resynchronised or reconnected as the threading contract documents.
 */
public class BackpressureException extends TransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public BackpressureException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public BackpressureException(String message, Throwable cause) {
        super(message, cause);
    }
}
