package io.exwire.api.exception;

/** The venue refused a subscription (or unsubscription); only the named symbols or channel are affected. */
public class SubscriptionRejectedException extends NonTransientException {

    private static final long serialVersionUID = 1L;

    private final String venueCode;

    /**
     * Creates the exception.
     *
     * @param message what was refused and the venue's message
     * @param venueCode the venue's error code as sent, or an empty string
     */
    public SubscriptionRejectedException(String message, String venueCode) {
        super(message);
        this.venueCode = venueCode == null ? "" : venueCode;
    }

    /**
     * Returns the venue's error code as sent, or an empty string.
     *
     * @return the venue's error code as sent, or an empty string
     */
    public String venueCode() {
        return venueCode;
    }
}
