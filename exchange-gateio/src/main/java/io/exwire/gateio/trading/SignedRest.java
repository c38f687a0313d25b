package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestResponse;
import io.exwire.core.rest.RestTransport;
import io.exwire.core.rest.ServerClock;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioLimits;
import io.exwire.gateio.wire.JsonTree;
import io.exwire.gateio.wire.RestErrors;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Signed Gate.io REST calls: headers {@code KEY}, {@code Timestamp} (venue-corrected seconds) and {@code SIGN}
 * (see {@link GateioSigner}); futures calls add {@code X-Gate-Size-Decimal: 1}. Three transports mirror Gate.io's
 * separate limits: order placement (spot 10/s, futures 100/s), cancellation (200/s) and everything else
 * (200 per 10 s). The server-time offset is measured with {@code GET /api/v4/spot/time} before the first signed call
 * and again after a {@code REQUEST_EXPIRED} refusal, which is then retried once. Thread-safe; never logs or echoes
 * the key, secret or signature.
 */
final class SignedRest implements AutoCloseable {

    /** Which rate-limit lane a call uses. */
    enum Lane { GENERAL, ORDERS, CANCELS }

    private final MarketType market;
    private final String apiKey;
    private final GateioSigner signer;
    private final ServerClock clock;
    private final InstantSource local;
    private final RestTransport general;
    private final RestTransport orders;
    private final RestTransport cancels;
    private volatile boolean synced;

    SignedRest(ExchangeConfig config, Credentials credentials) {
        this.market = config.market();
        this.apiKey = credentials.apiKey();
        this.signer = new GateioSigner(credentials.apiSecret());
        this.local = config.clock();
        this.clock = new ServerClock(local);
        String name = "gateio-" + market.name().toLowerCase(Locale.ROOT);
        this.general = new RestTransport(config, GateioEndpoints.REST_ROOT, name + "-private",
                GateioLimits.PRIVATE_REST_PER_SECOND);
        this.orders = new RestTransport(config, GateioEndpoints.REST_ROOT, name + "-orders",
                market == MarketType.SPOT ? GateioLimits.SPOT_ORDERS_PER_SECOND : GateioLimits.FUTURES_ORDERS_PER_SECOND);
        this.cancels = new RestTransport(config, GateioEndpoints.REST_ROOT, name + "-cancels",
                GateioLimits.CANCELS_PER_SECOND);
    }

    /**
     * Sends a signed request and parses the answer.
     *
     * @param lane the rate-limit lane
     * @param method GET, POST or DELETE
     * @param path the full path including {@code /api/v4}
     * @param query the query without {@code ?}, exactly as signed, or empty
     * @param body the JSON body, exactly as signed, or empty
     * @return the parsed body ({@link JsonTree})
     */
    Object call(Lane lane, String method, String path, String query, String body) {
        if (!synced) {
            syncClock();
        }
        RestTransport transport = transport(lane);
        RestResponse response = transport.send(signed(method, path, query, body));
        if (!response.isSuccess() && response.body() != null && response.body().contains("REQUEST_EXPIRED")) {
            syncClock();
            response = transport.send(signed(method, path, query, body));
        }
        return RestErrors.body(new RestRequest(method, path, query, "", Map.of()), response);
    }

    private RestRequest signed(String method, String path, String query, String body) {
        long seconds = clock.nowMillis() / 1000;
        Map<String, String> headers = new HashMap<>();
        headers.put("KEY", apiKey);
        headers.put("Timestamp", Long.toString(seconds));
        headers.put("SIGN", signer.rest(method, path, query, body, seconds));
        if (market == MarketType.FUTURES) {
            headers.put(GateioEndpoints.SIZE_DECIMAL_HEADER, "1");
        }
        return new RestRequest(method, path, query, body, headers);
    }

    /** Measures the offset between the venue's clock and the local one. */
    void syncClock() {
        RestRequest request = RestRequest.get(GateioEndpoints.API_PREFIX + "/spot/time", "");
        long sent = local.millis();
        RestResponse response = general.send(request);
        long received = local.millis();
        long server = JsonTree.object(RestErrors.body(request, response)).wholeNumber("server_time", 0);
        if (server > 0) {
            clock.record(server, sent, received);
        }
        synced = true;
    }

    /** @return the local clock in epoch nanoseconds (receive time of REST results) */
    long localNanos() {
        java.time.Instant now = local.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** @return the venue's current time in epoch milliseconds */
    long nowMillis() {
        return clock.nowMillis();
    }

    private RestTransport transport(Lane lane) {
        return switch (lane) {
            case GENERAL -> general;
            case ORDERS -> orders;
            case CANCELS -> cancels;
        };
    }

    @Override
    public void close() {
        try {
            general.close();
        } finally {
            try {
                orders.close();
            } finally {
                cancels.close();
            }
        }
    }

    @Override
    public String toString() {
        return "SignedRest[" + market + ", key=REDACTED]";
    }
}
