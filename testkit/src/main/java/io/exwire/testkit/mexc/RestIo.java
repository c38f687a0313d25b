package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * REST plumbing shared by the spot and futures endpoints: reading bodies and form parameters, answering JSON and
 * turning {@link RestRejection}s into the venue's error replies. Stateless and thread-safe.
 */
final class RestIo {

    /** A handler body producing the JSON to answer with HTTP 200. */
    @FunctionalInterface
    interface JsonAction {
        /**
         * @param request the request
         * @param body the request body ("" when none)
         * @return the reply
         */
        JsonNode apply(ServerRequest request, String body);
    }

    private RestIo() {
    }

    /**
     * Wraps an action: reads the body, answers its JSON, or the rejection it throws.
     *
     * @param action the action
     * @return the Helidon handler
     */
    static Handler handle(JsonAction action) {
        return (req, res) -> {
            try {
                send(res, 200, action.apply(req, body(req)));
            } catch (RestRejection rejection) {
                send(res, rejection.status(), rejection.body());
            }
        };
    }

    static void send(ServerResponse res, int status, JsonNode body) {
        res.status(Status.create(status))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .send(Json.write(body));
    }

    static String body(ServerRequest req) {
        return req.content().hasEntity() ? req.content().as(String.class) : "";
    }

    /**
     * @param req the request
     * @param name a header
     * @return its first value, or null
     */
    static String header(ServerRequest req, String name) {
        return req.headers().first(HeaderNames.create(name)).orElse(null);
    }

    /**
     * Decodes {@code a=1&b=2}, keeping order; the first occurrence of a name wins.
     *
     * @param raw the raw form or query text
     * @return name to decoded value
     */
    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
