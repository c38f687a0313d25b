package io.exwire.gateio.wire;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.exception.VenueErrorException;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestResponse;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Maps Gate.io REST error bodies ({@code {"label": "...", "message": "..."}}) to the api's exceptions. Messages
 * name the method, the path, the label and the venue's message, never the query, headers, key or signature.
 */
public final class RestErrors {

    /** Labels that mean the credentials, signature, permissions or clock were refused. */
    public static final Set<String> AUTH_LABELS = Set.of("INVALID_KEY", "INVALID_SIGNATURE", "REQUEST_EXPIRED",
            "MISSING_REQUIRED_HEADER", "INVALID_CREDENTIALS", "IP_FORBIDDEN", "READ_ONLY", "FORBIDDEN",
            "ACCOUNT_LOCKED", "INVALID_PROTOCOL", "SUB_ACCOUNT_LOCKED");

    /** Labels that mean the symbol is not listed. */
    public static final Set<String> SYMBOL_LABELS = Set.of("INVALID_CURRENCY_PAIR", "INVALID_CURRENCY",
            "CONTRACT_NOT_FOUND", "CURRENCY_PAIR_NOT_FOUND");

    private RestErrors() {
    }

    /**
     * Parses a successful body, or maps an error answer.
     *
     * @param request the request (for the message)
     * @param response the answer
     * @return the parsed body ({@link JsonTree})
     * @throws ExwireException the mapped error
     */
    public static Object body(RestRequest request, RestResponse response) {
        if (!response.isSuccess()) {
            throw map(request, response);
        }
        return JsonTree.parse(response.body().isBlank() ? "null" : response.body());
    }

    /**
     * @param request the request
     * @param response a non-2xx answer
     * @return the exception to throw
     */
    public static ExwireException map(RestRequest request, RestResponse response) {
        String label = "";
        String message = "";
        Object parsed = parseQuietly(response.body());
        if (parsed instanceof Map<?, ?>) {
            TreeFields f = JsonTree.object(parsed);
            label = nullToEmpty(f.string("label"));
            message = nullToEmpty(f.string("message"));
        }
        String text = "gateio " + request.method() + " " + request.path() + " failed with HTTP " + response.status()
                + (label.isEmpty() ? "" : " " + label) + (message.isEmpty() ? "" : ": " + message);
        return classify(label, response.status(), text);
    }

    /**
     * @param label the venue's label, or empty
     * @param status the HTTP status
     * @param text the message
     * @return the typed exception
     */
    public static ExwireException classify(String label, int status, String text) {
        if (AUTH_LABELS.contains(label) || (label.isEmpty() && (status == 401 || status == 403))) {
            return new AuthenticationException(text);
        }
        if (SYMBOL_LABELS.contains(label)) {
            return new UnknownSymbolException(text, label);
        }
        if ("TOO_MANY_REQUESTS".equals(label)) {
            return new RateLimitedException(text, Duration.ofSeconds(1));
        }
        return new VenueErrorException(text, status, label);
    }

    private static Object parseQuietly(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JsonTree.parse(body);
        } catch (ProtocolException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
