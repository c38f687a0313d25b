package io.exwire.mexc.trading;

import io.exwire.core.trading.HmacSigner;

/**
 * MEXC spot SIGNED requests: {@code signature} = lower-case hex HMAC-SHA256 with the secret key over
 * {@code totalParams}, the query string concatenated directly with the request body (no {@code &} between them;
 * exwire sends every parameter in the query, so the body is empty). The key travels in the {@code X-MEXC-APIKEY}
 * header. Documentation vector: secret {@code 45d0b3c26f2644f19bfb98b07741b2f5} over
 * {@code symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000&timestamp=1644489390087} gives
 * {@code fd3e4e85…837a}. Thread-safe; never prints the secret.
 */
final class SpotSigner {

    private final HmacSigner hmac;

    /** @param secret the API secret */
    SpotSigner(String secret) {
        this.hmac = new HmacSigner(HmacSigner.Algorithm.SHA256, secret);
    }

    /**
     * @param query the query string as sent
     * @param body the body as sent, or an empty string
     * @return the hex signature of {@code query + body}
     */
    String sign(String query, String body) {
        return hmac.signHex(query + body);
    }

    @Override
    public String toString() {
        return "SpotSigner[secret=REDACTED]";
    }
}
