package io.exwire.gateio.wire;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

import java.net.URI;

/** Gate.io's production endpoints, paths and constants (API v4). */
public final class GateioEndpoints {

    /** The venue id. */
    public static final ExchangeId EXCHANGE = ExchangeId.of("gateio");

    /** Spot websocket. */
    public static final URI SPOT_WEBSOCKET = URI.create("wss://api.gateio.ws/ws/v4/");

    /** USDT-settled perpetual futures websocket. */
    public static final URI FUTURES_WEBSOCKET = URI.create("wss://fx-ws.gateio.ws/v4/ws/usdt");

    /** REST root (scheme and host); paths start with {@link #API_PREFIX}. */
    public static final URI REST_ROOT = URI.create("https://api.gateio.ws");

    /** The path prefix of every REST endpoint. */
    public static final String API_PREFIX = "/api/v4";

    /** The settlement currency of the futures market served, as spelled in paths. */
    public static final String SETTLE = "usdt";

    /** Opt-in header for decimal (string) futures sizes; without it the venue truncates fractional sizes. */
    public static final String SIZE_DECIMAL_HEADER = "X-Gate-Size-Decimal";

    private GateioEndpoints() {
    }

    /**
     * @param market the market
     * @return the production websocket endpoint
     */
    public static URI websocket(MarketType market) {
        return market == MarketType.SPOT ? SPOT_WEBSOCKET : FUTURES_WEBSOCKET;
    }

    /**
     * @param market the market
     * @return the channel prefix, {@code spot} or {@code futures}
     */
    public static String channelPrefix(MarketType market) {
        return market == MarketType.SPOT ? "spot" : "futures";
    }

    /**
     * @param market the market
     * @return the path of the market's REST API below {@link #API_PREFIX}, e.g. {@code /api/v4/futures/usdt}
     */
    public static String marketPath(MarketType market) {
        return market == MarketType.SPOT ? API_PREFIX + "/spot" : API_PREFIX + "/futures/" + SETTLE;
    }
}
