package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Shared helpers for the Gate.io simulator tests: signed auth objects and a small REST client. */
final class GateioTestSupport {

    static final String KEY = "test-key";
    static final String SECRET = "test-secret";
    static final String USER = "10001";

    private GateioTestSupport() {
    }

    static ObjectNode auth(String key, String secret, String channel, String event, long time) {
        return GateioJson.object().put("method", "api_key").put("KEY", key)
                .put("SIGN", GateioSigner.signWebsocket(secret, channel, event, time));
    }

    static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    /** A REST response: status and parsed body. */
    record Response(int status, JsonNode body) {
    }

    /** Sends a REST request, signed when {@code key} is not null. */
    static Response rest(URI root, String method, String pathAndQuery, String body, String key, String secret) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10))
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            if (key != null) {
                int q = pathAndQuery.indexOf('?');
                String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
                String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
                long ts = nowSeconds();
                b.header("KEY", key).header("Timestamp", Long.toString(ts))
                        .header("SIGN", GateioSigner.signRest(secret, method, path, query, body, ts));
            }
            HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(res.statusCode(), GateioJson.MAPPER.readTree(res.body()));
        } catch (IOException e) {
            throw new AssertionError("REST call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static Response get(URI root, String pathAndQuery) {
        return rest(root, "GET", pathAndQuery, "", null, null);
    }
}
