package io.exwire.api.exception;

/**
 * The connection dropped, could not be opened, or was declared dead by the liveness detector.
 */
public class ConnectionLostException extends TransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public ConnectionLostException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
