package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.testkit.market.LedgerException;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Verifies spot SIGNED requests: {@code X-MEXC-APIKEY} header, {@code timestamp}/{@code recvWindow} timing
 * ({@code timestamp < serverTime + 1000} and {@code serverTime - timestamp <= recvWindow}, default 5000, at most
 * 60000), and {@code signature} = lowercase hex HMAC-SHA256 of the query string (without {@code signature})
 * concatenated with the body. Failures are MEXC's error codes 400, 10072, 700002, 700003, 700005.
 * Stateless and thread-safe.
 */
final class SpotAuth {

    /**
     * A verified request.
     *
     * @param account the caller
     * @param params query parameters merged with body parameters (the query wins)
     */
    record Signed(MexcAccount account, Map<String, String> params) {
        /**
         * @param name a parameter
         * @return its value, or null
         */
        String param(String name) {
            String value = params.get(name);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    private static final long DEFAULT_RECV_WINDOW = 5_000;
    private static final long MAX_RECV_WINDOW = 60_000;

    private SpotAuth() {
    }

    /**
     * Wraps a signed endpoint: verifies the request, runs the action, and renders ledger refusals as MEXC errors.
     *
     * @param ctx the simulator
     * @param action the endpoint body
     * @return the Helidon handler
     */
    static Handler signed(SimContext ctx, Function<Signed, JsonNode> action) {
        return RestIo.handle((req, body) -> {
            Signed signed = verify(ctx, req, body);
            try {
                return action.apply(signed);
            } catch (LedgerException e) {
                throw SpotOrderJson.rejection(e);
            }
        });
    }

    static Signed verify(SimContext ctx, ServerRequest req, String body) {
        MexcAccount account = ctx.accounts().byKey(RestIo.header(req, "X-MEXC-APIKEY"));
        if (RestIo.header(req, "X-MEXC-APIKEY") == null) {
            throw RestRejection.spot(400, 400, "api key required");
        }
        if (account == null) {
            throw RestRejection.spot(400, 10072, "Api key info invalid");
        }
        String query = req.query().rawValue();
        Map<String, String> params = params(query, body);
        checkTiming(ctx.now(), params);
        checkSignature(ctx, account, query, body);
        return new Signed(account, params);
    }

    private static Map<String, String> params(String query, String body) {
        Map<String, String> params = new LinkedHashMap<>(RestIo.form(query));
        Map<String, String> fromBody = new LinkedHashMap<>();
        JsonNode json = body.startsWith("{") ? Json.parseObject(body) : null;
        if (json != null) {
            json.fields().forEachRemaining(e -> fromBody.put(e.getKey(), e.getValue().asText()));
        } else {
            fromBody.putAll(RestIo.form(body));
        }
        fromBody.forEach(params::putIfAbsent);
        return params;
    }

    private static void checkTiming(long serverTime, Map<String, String> params) {
        long recvWindow = longParam(params, "recvWindow", DEFAULT_RECV_WINDOW);
        if (recvWindow > MAX_RECV_WINDOW) {
            throw RestRejection.spot(400, 700005, "recvWindow must less than 60000");
        }
        long timestamp = longParam(params, "timestamp", Long.MIN_VALUE);
        if (!(timestamp < serverTime + 1000 && serverTime - timestamp <= recvWindow)) {
            throw RestRejection.spot(400, 700003, "Timestamp for this request is outside of the recvWindow.");
        }
    }

    private static void checkSignature(SimContext ctx, MexcAccount account, String query, String body) {
        String[] strippedQuery = stripSignature(query);
        String[] strippedBody = strippedQuery[1] == null ? stripSignature(body) : new String[] {body, null};
        String received = strippedQuery[1] != null ? strippedQuery[1] : strippedBody[1];
        String expected = MexcSignatures.spot(account.secret(), strippedQuery[0], strippedBody[0]);
        if (ctx.faults().authenticationFailing() || !MexcSignatures.matches(expected, received)) {
            throw RestRejection.spot(400, 700002, "Signature for this request is not valid.");
        }
    }

    /** @return {@code [text without the signature parameter, signature or null]} */
    static String[] stripSignature(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new String[] {"", null};
        }
        StringBuilder kept = new StringBuilder(raw.length());
        String signature = null;
        for (String pair : raw.split("&", -1)) {
            if (pair.startsWith("signature=")) {
                signature = pair.substring("signature=".length());
                continue;
            }
            kept.append(kept.isEmpty() ? "" : "&").append(pair);
        }
        return new String[] {signature == null ? raw : kept.toString(), signature};
    }

    private static long longParam(Map<String, String> params, String name, long fallback) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw RestRejection.spot(400, 33333, "param is error");
        }
    }
}
