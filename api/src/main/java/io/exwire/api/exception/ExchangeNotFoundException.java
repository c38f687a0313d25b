package io.exwire.api.exception;

/**
 * No provider was found for the requested venue, market or domain; the message lists the providers found.
 */
public class ExchangeNotFoundException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public ExchangeNotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public ExchangeNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
