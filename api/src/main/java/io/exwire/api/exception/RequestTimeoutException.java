package io.exwire.api.exception;

/**
 * The venue did not answer a request (connect, subscribe, authenticate, REST call) within its timeout.
 */
public class RequestTimeoutException extends TransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public RequestTimeoutException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public RequestTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
