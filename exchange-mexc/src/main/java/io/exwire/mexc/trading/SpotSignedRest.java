package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.Credentials;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestTransport;
import io.exwire.core.rest.ServerClock;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcErrors;
import io.exwire.mexc.wire.MexcRest;
import io.exwire.mexc.wire.MexcVenue;

import java.time.InstantSource;
import java.util.Map;

/**
 * Signed calls to MEXC's spot REST API. Every parameter goes in the query string, followed by
 * {@code recvWindow=5000&timestamp=<server time>} and {@code signature} ({@link SpotSigner}); the key goes in
 * {@code X-MEXC-APIKEY}. The timestamp is the local clock corrected by the offset measured with
 * {@code GET /api/v3/time} (first call, and again after a 700003 "outside recvWindow" answer, which is retried
 * once). Errors are mapped by {@link MexcRest}. Thread-safe.
 */
final class SpotSignedRest implements AutoCloseable {

    private static final int RECV_WINDOW_MILLIS = 5000;

    private final RestTransport transport;
    private final SpotSigner signer;
    private final String apiKey;
    private final InstantSource local;
    private final ServerClock clock;
    private volatile boolean synced;

    SpotSignedRest(ExchangeConfig config, Credentials credentials) {
        this.transport = new RestTransport(config, MexcVenue.SPOT_REST, "mexc-spot-private",
                MexcVenue.SPOT_REST_PERMITS_PER_SECOND);
        this.signer = new SpotSigner(credentials.apiSecret());
        this.apiKey = credentials.apiKey();
        this.local = config.clock();
        this.clock = new ServerClock(local);
    }

    /**
     * Sends a signed request, retrying once after resynchronising the clock if the venue finds the timestamp
     * outside its window.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path the documented path
     * @param params the parameters
     * @return the body of a 2xx answer
     */
    String send(String method, String path, QueryParams params) {
        if (!synced) {
            syncClock();
        }
        try {
            return MexcRest.spot(transport, signed(method, path, params));
        } catch (MexcErrors.ClockSkewException e) {
            syncClock();
            return MexcRest.spot(transport, signed(method, path, params));
        }
    }

    private RestRequest signed(String method, String path, QueryParams params) {
        String query = params.render();
        query = (query.isEmpty() ? "" : query + "&") + "recvWindow=" + RECV_WINDOW_MILLIS
                + "&timestamp=" + clock.nowMillis();
        String signature = signer.sign(query, "");
        return new RestRequest(method, path, query + "&signature=" + signature, "",
                Map.of("X-MEXC-APIKEY", apiKey, "Content-Type", "application/json"));
    }

    /** Measures the venue's clock offset with {@code GET /api/v3/time}. */
    void syncClock() {
        long sent = local.millis();
        String body = MexcRest.spot(transport, RestRequest.get("/api/v3/time", ""));
        long received = local.millis();
        long serverTime = new JsonFields("serverTime").read(new JsonCursor().reset(body)).longValue(0, received);
        clock.record(serverTime, sent, received);
        synced = true;
    }

    /** @return the transport, for unsigned public calls ({@code exchangeInfo}) */
    RestTransport transport() {
        return transport;
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
        return "SpotSignedRest[" + transport.root() + ", apiKey=REDACTED]";
    }
}
