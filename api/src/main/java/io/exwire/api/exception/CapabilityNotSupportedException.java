package io.exwire.api.exception;

/**
 * The venue or market does not offer the requested capability (e.g. leverage on a spot market). Not retried; the
 * message names the capability and the market that lacks it.
 */
public class CapabilityNotSupportedException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which capability and which market lacks it
     */
    public CapabilityNotSupportedException(String message) {
        super(message);
    }
}
