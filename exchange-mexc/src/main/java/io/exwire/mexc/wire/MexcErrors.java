package io.exwire.mexc.wire;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.exception.VenueErrorException;

import java.time.Duration;
import java.util.Set;

/**
 * Maps MEXC's REST error codes to exwire's exceptions. Spot answers errors as {@code {"code":700002,"msg":".."}}
 * with a 4xx status; futures as {@code {"success":false,"code":602,"message":".."}}, often with status 200.
 * Messages carry the venue's code and text and the request's method and path, never the query (it holds the
 * signature) or the key.
 */
public final class MexcErrors {

    private static final Set<Long> SPOT_AUTH = Set.of(400L, 401L, 602L, 10072L, 700001L, 700002L, 700006L, 700007L,
            730707L);
    private static final Set<Long> SPOT_SYMBOL = Set.of(-1121L, 10007L, 30014L, 30021L);
    private static final long SPOT_CLOCK = 700003L;
    private static final Set<Long> FUTURES_AUTH = Set.of(401L, 402L, 406L, 602L, 701L, 702L, 703L, 704L);
    private static final long FUTURES_CLOCK = 513L;
    private static final long FUTURES_RATE = 510L;
    private static final long FUTURES_SYMBOL = 1001L;

    private MexcErrors() {
    }

    /**
     * The request's timestamp was outside the venue's window: resynchronise the server clock and retry once.
     */
    public static final class ClockSkewException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        /** @param message the description */
        public ClockSkewException(String message) {
            super(message);
        }
    }

    /**
     * @param what the request, e.g. {@code GET /api/v3/order}
     * @param httpStatus the HTTP status
     * @param code the venue code, or 0 when the body had none
     * @param msg the venue message
     * @param retryAfter the {@code Retry-After} the venue sent, or null
     * @return the exception to throw
     */
    public static ExwireException spot(String what, int httpStatus, long code, String msg, Duration retryAfter) {
        String text = "MEXC spot " + what + " refused: " + code + " " + msg;
        if (code == SPOT_CLOCK) {
            return new ClockSkewException(text + " (request time outside recvWindow; check the clock)");
        }
        if (SPOT_AUTH.contains(code)) {
            return new AuthenticationException(text);
        }
        if (SPOT_SYMBOL.contains(code)) {
            return new UnknownSymbolException(text, Long.toString(code));
        }
        if (httpStatus == 418 || httpStatus == 429 || code == 429) {
            return new RateLimitedException(text, retryAfter == null ? Duration.ofSeconds(1) : retryAfter);
        }
        return new VenueErrorException(text, httpStatus, Long.toString(code));
    }

    /**
     * @param what the request
     * @param httpStatus the HTTP status
     * @param code the venue code
     * @param msg the venue message
     * @return the exception to throw
     */
    public static ExwireException futures(String what, int httpStatus, long code, String msg) {
        String text = "MEXC futures " + what + " refused: " + code + " " + msg;
        if (code == FUTURES_CLOCK) {
            return new ClockSkewException(text + " (request time outside the window; check the clock)");
        }
        if (FUTURES_AUTH.contains(code)) {
            return new AuthenticationException(text);
        }
        if (code == FUTURES_RATE || httpStatus == 429) {
            return new RateLimitedException(text, Duration.ofSeconds(2));
        }
        if (code == FUTURES_SYMBOL) {
            return new UnknownSymbolException(text, Long.toString(code));
        }
        return new VenueErrorException(text, httpStatus, Long.toString(code));
    }
}
