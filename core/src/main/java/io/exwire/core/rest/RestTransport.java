package io.exwire.core.rest;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.RequestTimeoutException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one HTTP client of exwire (JDK {@link HttpClient}): pooled connections, connect and request timeouts from the
 * configuration, a client-side Resilience4j rate limiter mirroring the venue's documented limit, and the venue's
 * {@code 429}/{@code Retry-After} honoured as {@link RateLimitedException}. Venue error bodies are returned to the
 * adapter, which maps them to the api's exceptions. Thread-safe. Never logs requests (they carry signatures).
 */
public final class RestTransport implements AutoCloseable {

    private final HttpClient client;
    private final URI root;
    private final Duration requestTimeout;
    private final RateLimiter limiter;

    /**
     * @param config the configuration (REST root override, timeouts, TLS verification)
     * @param defaultRoot the venue's production REST root
     * @param name a name for the limiter, e.g. {@code gateio-spot-private}
     * @param permitsPerSecond the venue's documented request rate for this client
     */
    public RestTransport(ExchangeConfig config, URI defaultRoot, String name, int permitsPerSecond) {
        this.root = config.restUri().orElse(defaultRoot);
        this.requestTimeout = config.requestTimeout();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout());
        if (!config.tlsVerification()) {
            builder.sslContext(trustAll());
        }
        this.client = builder.build();
        this.limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(permitsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** @return the REST root in use */
    public URI root() {
        return root;
    }

    /**
     * Sends a request and waits for the answer.
     *
     * @param request the request
     * @return the response, whatever its status except 429
     * @throws RateLimitedException when the client-side limiter or the venue refuses
     * @throws RequestTimeoutException on timeout
     * @throws ConnectionLostException on I/O failure
     */
    public RestResponse send(RestRequest request) {
        if (!limiter.acquirePermission()) {
            throw new RateLimitedException("client-side rate limit reached for " + request, Duration.ofSeconds(1));
        }
        HttpRequest http = toHttp(request);
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new RequestTimeoutException("no answer within " + requestTimeout + " for " + request, e);
        } catch (IOException e) {
            throw new ConnectionLostException("REST call failed: " + request + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionLostException("interrupted: " + request, e);
        }
        Map<String, java.util.List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        RestResponse result = new RestResponse(response.statusCode(), response.body(), headers);
        if (result.status() == 429) {
            throw new RateLimitedException("venue rate limit for " + request, retryAfter(result));
        }
        return result;
    }

    private HttpRequest toHttp(RestRequest request) {
        String uri = root.toString().replaceAll("/+$", "") + request.path()
                + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(requestTimeout)
                .header("Accept", "application/json");
        HttpRequest.BodyPublisher body = request.body().isEmpty()
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body());
        if (!request.body().isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        request.headers().forEach(b::header);
        return b.method(request.method(), body).build();
    }

    private static Duration retryAfter(RestResponse response) {
        return response.header("retry-after")
                .map(v -> {
                    try {
                        return Duration.ofSeconds(Long.parseLong(v.trim()));
                    } catch (NumberFormatException e) {
                        return Duration.ofSeconds(1);
                    }
                })
                .orElse(Duration.ofSeconds(1));
    }

    private static SSLContext trustAll() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS unavailable", e);
        }
    }

    /** Releases the client. Idempotent. */
    @Override
    public void close() {
        client.close();
    }
}
