package io.exwire.api.exception;

/**
 * A configuration value or argument is invalid; the message names the setting.
 */
public class ConfigurationException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
