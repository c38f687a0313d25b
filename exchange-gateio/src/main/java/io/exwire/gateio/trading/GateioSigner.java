package io.exwire.gateio.trading;

import io.exwire.core.trading.HmacSigner;

/**
 * Gate.io API v4 signatures, lower-case hex HMAC-SHA512 with the API secret:
 * <ul>
 *   <li>websocket private subscribe/unsubscribe: {@code channel=<channel>&event=<event>&time=<seconds>}, where the
 *   time is the request's own {@code time} field;</li>
 *   <li>REST: {@code METHOD\nPATH\nQUERY\nhex(SHA512(body))\nTIMESTAMP}, with the path including {@code /api/v4},
 *   the query exactly as sent (without {@code ?}) and the timestamp in seconds, as sent in the {@code Timestamp}
 *   header.</li>
 * </ul>
 * Holds the secret; {@link #toString()} never shows it. Thread-safe.
 */
final class GateioSigner {

    private final HmacSigner hmac;

    GateioSigner(String apiSecret) {
        this.hmac = new HmacSigner(HmacSigner.Algorithm.SHA512, apiSecret);
    }

    String websocket(String channel, String event, long timeSeconds) {
        return hmac.signHex("channel=" + channel + "&event=" + event + "&time=" + timeSeconds);
    }

    String rest(String method, String path, String query, String body, long timeSeconds) {
        return hmac.signHex(method + '\n' + path + '\n' + query + '\n' + HmacSigner.sha512Hex(body) + '\n'
                + timeSeconds);
    }

    @Override
    public String toString() {
        return "GateioSigner[secret=REDACTED]";
    }
}
