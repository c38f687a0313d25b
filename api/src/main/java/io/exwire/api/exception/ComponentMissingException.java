package io.exwire.api.exception;

/**
 * A composite was built without one of its components (REST client or websocket).
 */
public class ComponentMissingException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public ComponentMissingException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public ComponentMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
