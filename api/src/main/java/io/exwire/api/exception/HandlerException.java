package io.exwire.api.exception;

/**
 * An application handler threw. Reported to the error handler with the handler's exception as the cause; the stream
 * goes on with the next event.
 */
public class HandlerException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * Sets the handler exception.
     *
     * @param message which handler
     * @param cause what it threw
     */
    public HandlerException(String message, Throwable cause) {
        super(message, cause);
    }
}
