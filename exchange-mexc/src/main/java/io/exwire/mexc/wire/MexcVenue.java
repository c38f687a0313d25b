package io.exwire.mexc.wire;

import io.exwire.api.model.ExchangeId;
import io.exwire.spi.VenueLimits;

import java.net.URI;
import java.time.Duration;

/**
 * MEXC's production endpoints and documented limits, shared by both domains.
 *
 * <ul>
 *   <li>Spot: {@code wss://wbs-api.mexc.com/ws} (the old {@code wbs.mexc.com} was retired 2025-08-04), REST root
 *   {@code https://api.mexc.com}; 30 subscriptions per connection ("any subscription beyond the limit will be
 *   invalid"), connections end after 24 h, a connection without a valid subscription is closed after 30 s, and
 *   without data after 60 s, so the app-level {@code PING} goes every 20 s. REST: 500 requests per 10 s per
 *   endpoint.</li>
 *   <li>Futures: {@code wss://contract.mexc.com/edge}, REST root {@code https://contract.mexc.com}; the server cuts a
 *   socket 60 s after the last client {@code ping} even while data flows, so the ping goes every 15 s regardless of
 *   traffic. No documented subscription cap (≥ 40 measured); 30 is kept to be safe. One symbol per {@code sub.*}
 *   request. REST: 20 requests per 2 s.</li>
 * </ul>
 */
public final class MexcVenue {

    /** The venue id. */
    public static final ExchangeId ID = ExchangeId.of("mexc");
    /** Spot websocket endpoint. */
    public static final URI SPOT_WEBSOCKET = URI.create("wss://wbs-api.mexc.com/ws");
    /** Spot REST root. */
    public static final URI SPOT_REST = URI.create("https://api.mexc.com");
    /** Futures websocket endpoint. */
    public static final URI FUTURES_WEBSOCKET = URI.create("wss://contract.mexc.com/edge");
    /** Futures REST root. */
    public static final URI FUTURES_REST = URI.create("https://contract.mexc.com");
    /** Spot REST client-side rate: 500 per 10 s. */
    public static final int SPOT_REST_PERMITS_PER_SECOND = 50;
    /** Futures REST client-side rate: 20 per 2 s. */
    public static final int FUTURES_REST_PERMITS_PER_SECOND = 10;

    /** Spot websocket limits. */
    public static final VenueLimits SPOT_LIMITS = new VenueLimits(30, 30, Duration.ofSeconds(20),
            Duration.ofHours(24), Duration.ofSeconds(30));
    /** Futures websocket limits. */
    public static final VenueLimits FUTURES_LIMITS = new VenueLimits(30, 1, Duration.ofSeconds(15),
            Duration.ZERO, Duration.ZERO);

    private MexcVenue() {
    }
}
