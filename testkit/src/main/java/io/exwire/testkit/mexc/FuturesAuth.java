package io.exwire.testkit.mexc;

import io.helidon.webserver.http.ServerRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies futures private requests and WebSocket logins. REST: headers {@code ApiKey}, {@code Request-Time},
 * {@code Signature} (optional {@code Recv-Window}); signature = lowercase hex HMAC-SHA256 of
 * {@code accessKey + Request-Time + paramString}, where paramString is, for GET/DELETE, the non-empty query
 * parameters sorted by name and joined as {@code k=v&...} (values URL-encoded, spaces as {@code %20}) and, for POST,
 * the raw JSON body. The request time must be within 10 s (or {@code Recv-Window}, at most 60 s) of server time.
 * Login: signature of {@code apiKey + reqTime}. Stateless and thread-safe.
 */
final class FuturesAuth {

    /** The venue's text for a wrong signature (REST code 602, and the {@code rs.error} data of a failed login). */
    static final String SIGNATURE_FAILED = "Signature verification failed!";

    private static final long DEFAULT_WINDOW = 10_000;
    private static final long MAX_WINDOW = 60_000;

    private FuturesAuth() {
    }

    /**
     * @param ctx the simulator
     * @param req the request
     * @param body the raw body
     * @return the authenticated account
     * @throws RestRejection with code 401, 513 or 602
     */
    static MexcAccount verify(SimContext ctx, ServerRequest req, String body) {
        String apiKey = RestIo.header(req, "ApiKey");
        MexcAccount account = ctx.accounts().byKey(apiKey);
        if (account == null) {
            throw RestRejection.futures(401, "Unauthorized");
        }
        String requestTime = RestIo.header(req, "Request-Time");
        if (!withinWindow(ctx.now(), requestTime, RestIo.header(req, "Recv-Window"))) {
            throw RestRejection.futures(513, "Invalid request(for open api serves time more or less than 10s)");
        }
        String params = "POST".equals(req.prologue().method().text()) ? body : sortedQuery(req.query().toMap());
        String expected = MexcSignatures.futures(account.secret(), apiKey, requestTime, params);
        if (ctx.faults().authenticationFailing()
                || !MexcSignatures.matches(expected, RestIo.header(req, "Signature"))) {
            throw RestRejection.futures(602, SIGNATURE_FAILED);
        }
        return account;
    }

    /**
     * @param ctx the simulator
     * @param account the account of the login's apiKey, or null if unknown
     * @param reqTime the login's reqTime
     * @param signature the login's signature
     * @return whether the login succeeds
     */
    static boolean loginValid(SimContext ctx, MexcAccount account, String reqTime, String signature) {
        if (account == null || ctx.faults().authenticationFailing() || !withinWindow(ctx.now(), reqTime, null)) {
            return false;
        }
        String expected = MexcSignatures.futures(account.secret(), account.apiKey(), reqTime, "");
        return MexcSignatures.matches(expected, signature);
    }

    /**
     * @param params decoded query parameters
     * @return the futures GET/DELETE parameter string
     */
    static String sortedQuery(Map<String, java.util.List<String>> params) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(params).forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.getFirst();
            if (!value.isEmpty()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return out.toString();
    }

    private static boolean withinWindow(long now, String requestTime, String recvWindow) {
        try {
            long time = Long.parseLong(requestTime);
            long window = recvWindow == null ? DEFAULT_WINDOW : Math.min(MAX_WINDOW, Long.parseLong(recvWindow));
            return Math.abs(now - time) <= window;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
