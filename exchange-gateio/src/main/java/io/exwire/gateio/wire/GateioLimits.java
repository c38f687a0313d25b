package io.exwire.gateio.wire;

import io.exwire.api.model.MarketType;
import io.exwire.spi.VenueLimits;

import java.time.Duration;

/**
 * Gate.io's limits as documented (API v4, 2024-2026) and the values exwire derives from them.
 *
 * <ul>
 *   <li>Subscriptions per connection: none documented (maintainer, gatews#25); not capped here.</li>
 *   <li>Symbols per request: {@value #SYMBOLS_PER_REQUEST} for the list channels (trades, best bid/ask, tickers; no
 *   maximum is documented and a payload of 857 contracts was observed), exactly one for the book channels
 *   ({@code [pair, interval]}). A list request fails as a whole when one symbol is unknown; the refusal names that
 *   symbol, and core sends the others again without it, so batching costs nothing when all are valid and one
 *   round trip more when one is not. Batches cut a 100-symbol initialization from 300 requests to 102.</li>
 *   <li>Heartbeat: the server drops connections idle for about a minute; the SDKs ping every 10 s.</li>
 *   <li>Connection lifetime: none documented; restarts are announced with an {@code upgrade} notice instead.</li>
 * </ul>
 *
 * REST (per the rate-limit announcement of 2024-01): public endpoints 200 requests per 10 s per endpoint and IP;
 * private endpoints 200 per 10 s per endpoint and account; spot order placement 10 per second per account and
 * market; futures order placement 100 per second; cancellation 200 per second.
 */
public final class GateioLimits {

    /** Public REST requests per second (200 per 10 s). */
    public static final int PUBLIC_REST_PER_SECOND = 20;

    /** General private REST requests per second (200 per 10 s). */
    public static final int PRIVATE_REST_PER_SECOND = 20;

    /** Spot order placements per second. */
    public static final int SPOT_ORDERS_PER_SECOND = 10;

    /** Futures order placements per second. */
    public static final int FUTURES_ORDERS_PER_SECOND = 100;

    /** Cancellations per second. */
    public static final int CANCELS_PER_SECOND = 200;

    /** Symbols one subscribe request of a list channel carries. */
    public static final int SYMBOLS_PER_REQUEST = 100;

    /** The app-level ping interval. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private static final VenueLimits LIMITS = new VenueLimits(Integer.MAX_VALUE, SYMBOLS_PER_REQUEST, HEARTBEAT,
            Duration.ZERO, Duration.ZERO);

    private GateioLimits() {
    }

    /**
     * @param market the market (both markets share the websocket limits)
     * @return the limits core obeys
     */
    public static VenueLimits of(MarketType market) {
        return LIMITS;
    }
}
