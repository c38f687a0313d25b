package io.exwire.api.exception;

/**
 * A frame or response did not follow the venue's documented protocol (malformed JSON or protobuf, missing fields). The connection stays up; the offending frame is skipped.
 */
public class ProtocolException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, never containing secrets or account data
     */
    public ProtocolException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, never containing secrets or account data
     * @param cause the underlying failure
     */
    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
