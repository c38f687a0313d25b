package io.exwire.api.exception;

import java.time.Duration;

/** The venue (or the client-side limiter that mirrors its documented limits) refused a call for now. */
public class RateLimitedException extends TransientException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what was limited
     * @param retryAfter how long to wait before the call may succeed
     */
    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long to wait before retrying.
     *
     * @return how long to wait before retrying
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}
