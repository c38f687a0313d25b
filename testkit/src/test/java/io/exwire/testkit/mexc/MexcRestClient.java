package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small REST client for tests that signs like a MEXC client: spot with {@code X-MEXC-APIKEY} and a query
 * {@code signature}; futures with {@code ApiKey}/{@code Request-Time}/{@code Signature} headers. Thread-safe;
 * {@link #close()} releases the HTTP client.
 */
final class MexcRestClient implements AutoCloseable {

    /** A reply: HTTP status and parsed JSON body. */
    record Reply(int status, JsonNode json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;

    MexcRestClient(URI root) {
        this.root = root;
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(root.resolve(pathAndQuery)).GET());
    }

    /**
     * Sends a spot SIGNED request with {@code timestamp} appended and the signature over the query.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path the path
     * @param query the parameters without timestamp, e.g. {@code symbol=BTCUSDT}, or ""
     * @param apiKey the key
     * @param secret the secret used to sign
     * @return the reply
     */
    Reply spot(String method, String path, String query, String apiKey, String secret) {
        String withTime = (query.isEmpty() ? "" : query + "&") + "timestamp=" + System.currentTimeMillis();
        String signed = withTime + "&signature=" + MexcSignatures.spot(secret, withTime, "");
        HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path + "?" + signed))
                .header("X-MEXC-APIKEY", apiKey).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        return send(b);
    }

    /**
     * Sends a futures private request.
     *
     * @param method GET or POST
     * @param path the path
     * @param sortedQuery GET parameters already sorted by name, or ""
     * @param body the POST JSON body, or ""
     * @param apiKey the key
     * @param secret the secret used to sign
     * @return the reply
     */
    Reply futures(String method, String path, String sortedQuery, String body, String apiKey, String secret) {
        String time = Long.toString(System.currentTimeMillis());
        String params = "POST".equals(method) ? body : sortedQuery;
        URI uri = root.resolve(sortedQuery.isEmpty() ? path : path + "?" + sortedQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("ApiKey", apiKey).header("Request-Time", time)
                .header("Signature", MexcSignatures.futures(secret, apiKey, time, params))
                .header("Content-Type", "application/json")
                .method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody());
        return send(b);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("REST call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
