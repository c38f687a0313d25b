package io.exwire.archfixtures.bad.api.exception;

/** Correct: a typed exception whose super(..) call noGenericExceptions must accept. */
public class VenueFailure extends RuntimeException {
    /** @param message message */
    public VenueFailure(String message) {
        super(message);
    }
}
