package io.exwire.api.exception;

/**
 * An incoming frame exceeded the configured maximum frame size; the connection is replaced.
 */
public class FrameTooLargeException extends TransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public FrameTooLargeException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public FrameTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
