package io.exwire.mexc.trading;

import io.exwire.core.trading.HmacSigner;

/**
 * MEXC futures signatures: lower-case hex HMAC-SHA256 with the secret key over
 * {@code accessKey + reqTime + parameterString}, where the parameter string is the dictionary-ordered
 * {@code k=v&...} of a GET/DELETE, the JSON body of a POST, or empty. REST sends it in the {@code Signature} header
 * beside {@code ApiKey} and {@code Request-Time}; the websocket {@code login} signs {@code accessKey + reqTime}.
 * Reference (computed from the documented example string): secret {@code 45d0b3c26f2644f19bfb98b07741b2f5} over
 * {@code mx0aBYs33eIilxBW5C1657186536762} gives {@code bfc6b00f…3dba}. Thread-safe; never prints the secret.
 */
final class FuturesSigner {

    private final String apiKey;
    private final HmacSigner hmac;

    /**
     * @param apiKey the API (access) key
     * @param secret the API secret
     */
    FuturesSigner(String apiKey, String secret) {
        this.apiKey = apiKey;
        this.hmac = new HmacSigner(HmacSigner.Algorithm.SHA256, secret);
    }

    /**
     * @param reqTime the request time in epoch ms, as sent
     * @param parameterString the parameter string, or an empty string
     * @return the hex signature
     */
    String sign(String reqTime, String parameterString) {
        return hmac.signHex(apiKey + reqTime + parameterString);
    }

    /** @return the access key (sent in the clear as {@code ApiKey}) */
    String apiKey() {
        return apiKey;
    }

    @Override
    public String toString() {
        return "FuturesSigner[apiKey=REDACTED, secret=REDACTED]";
    }
}
