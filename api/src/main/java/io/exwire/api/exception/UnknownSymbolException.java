package io.exwire.api.exception;

/** The venue does not list the symbol for this market; other symbols of the same request stay subscribed. */
public class UnknownSymbolException extends SubscriptionRejectedException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which symbol and the venue's message
     * @param venueCode the venue's error code as sent, or an empty string
     */
    public UnknownSymbolException(String message, String venueCode) {
        super(message, venueCode);
    }
}
