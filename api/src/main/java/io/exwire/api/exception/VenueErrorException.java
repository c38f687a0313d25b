package io.exwire.api.exception;

/** A REST call the venue answered with an error that is not an authentication, rate-limit or symbol error. */
public class VenueErrorException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String venueCode;

    /**
     * Creates the exception.
     *
     * @param message the venue's message (never the secret or the signature)
     * @param httpStatus the HTTP status, or 0 when not HTTP
     * @param venueCode the venue's error label or code as sent, or an empty string
     */
    public VenueErrorException(String message, int httpStatus, String venueCode) {
        super(message);
        this.httpStatus = httpStatus;
        this.venueCode = venueCode == null ? "" : venueCode;
    }

    /**
     * Returns the HTTP status, or 0.
     *
     * @return the HTTP status, or 0
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Returns the venue's error label or code as sent, or an empty string.
     *
     * @return the venue's error label or code as sent, or an empty string
     */
    public String venueCode() {
        return venueCode;
    }
}
