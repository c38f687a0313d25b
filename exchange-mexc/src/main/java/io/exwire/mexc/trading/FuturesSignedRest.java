package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestTransport;
import io.exwire.core.rest.ServerClock;
import io.exwire.mexc.wire.MexcErrors;
import io.exwire.mexc.wire.MexcRest;
import io.exwire.mexc.wire.MexcVenue;

import java.time.InstantSource;
import java.util.Map;

/**
 * Signed calls to MEXC's futures REST API: headers {@code ApiKey}, {@code Request-Time} (venue-corrected epoch ms)
 * and {@code Signature} ({@link FuturesSigner} over the dictionary-ordered query of a GET/DELETE or the JSON body of
 * a POST), {@code Content-Type: application/json} (for bodies, set by core's transport). The clock offset is measured with
 * {@code GET /api/v1/contract/ping} on first use and again after a 513 "request time" answer, which is retried
 * once. Errors are mapped by {@link MexcRest}. Thread-safe.
 */
final class FuturesSignedRest implements AutoCloseable {

    private final RestTransport transport;
    private final FuturesSigner signer;
    private final InstantSource local;
    private final ServerClock clock;
    private volatile boolean synced;

    FuturesSignedRest(ExchangeConfig config, Credentials credentials) {
        this.transport = new RestTransport(config, MexcVenue.FUTURES_REST, "mexc-futures-private",
                MexcVenue.FUTURES_REST_PERMITS_PER_SECOND);
        this.signer = new FuturesSigner(credentials.apiKey(), credentials.apiSecret());
        this.local = config.clock();
        this.clock = new ServerClock(local);
    }

    /**
     * @param path the documented path (path parameters already filled in; they are not signed)
     * @param params the query parameters
     * @return the body of a successful answer
     */
    String get(String path, QueryParams params) {
        return send("GET", path, params.sorted().render(), "");
    }

    /**
     * @param path the documented path
     * @param jsonBody the JSON body, signed as sent
     * @return the body of a successful answer
     */
    String post(String path, String jsonBody) {
        return send("POST", path, "", jsonBody);
    }

    private String send(String method, String path, String query, String body) {
        if (!synced) {
            syncClock();
        }
        try {
            return MexcRest.futures(transport, signed(method, path, query, body));
        } catch (MexcErrors.ClockSkewException e) {
            syncClock();
            return MexcRest.futures(transport, signed(method, path, query, body));
        }
    }

    private RestRequest signed(String method, String path, String query, String body) {
        String reqTime = Long.toString(clock.nowMillis());
        String signature = signer.sign(reqTime, body.isEmpty() ? query : body);
        Map<String, String> headers = body.isEmpty()
                ? Map.of("ApiKey", signer.apiKey(), "Request-Time", reqTime, "Signature", signature,
                        "Content-Type", "application/json")
                : Map.of("ApiKey", signer.apiKey(), "Request-Time", reqTime, "Signature", signature);
        return new RestRequest(method, path, query, body, headers);
    }

    /** Measures the venue's clock offset with {@code GET /api/v1/contract/ping}. */
    void syncClock() {
        long sent = local.millis();
        String body = MexcRest.futures(transport, RestRequest.get("/api/v1/contract/ping", ""));
        long received = local.millis();
        clock.record(MexcRest.futuresData(body, JsonCursor::readLong), sent, received);
        synced = true;
    }

    /** @return the venue-corrected clock */
    ServerClock clock() {
        return clock;
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "FuturesSignedRest[" + transport.root() + ", apiKey=REDACTED]";
    }
}
