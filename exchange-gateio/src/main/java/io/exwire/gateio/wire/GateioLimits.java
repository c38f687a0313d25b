package io.exwire.gateio.wire;

import io.exwire.api.model.MarketType;
import io.exwire.spi.VenueLimits;

import java.time.Duration;

/**
 * Gate.io's limits as documented (API v4, 2024-2026) and the values exwire derives from them.
 *
 * <ul>
 *   <li>Subscriptions per connection: none documented (maintainer, gatews#25); not capped here.</li>
 *   <li>Symbols per request: 1. The book channels take exactly one symbol per request ({@code [pair, interval]}),
 *   and a multi-symbol request fails as a whole when one symbol is unknown; one symbol per request makes every
 *   rejection name its symbol.</li>
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

    /** The app-level ping interval. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private static final VenueLimits LIMITS = new VenueLimits(Integer.MAX_VALUE, 1, HEARTBEAT, Duration.ZERO,
            Duration.ZERO);

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
