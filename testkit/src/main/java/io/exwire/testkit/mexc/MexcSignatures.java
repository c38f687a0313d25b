package io.exwire.testkit.mexc;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MEXC's request signatures: lowercase hex HMAC-SHA256 keyed with the secret.
 *
 * <ul>
 *   <li>Spot v3 SIGNED endpoints sign {@code totalParams} = the query string (without {@code signature})
 *       concatenated directly with the request body.</li>
 *   <li>Futures REST signs {@code accessKey + Request-Time + paramString}; the futures WebSocket {@code login}
 *       signs {@code apiKey + reqTime}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class MexcSignatures {

    private MexcSignatures() {
    }

    /**
     * Computes a lowercase hex HMAC-SHA256.
     *
     * @param secret the secret key
     * @param message the signed text
     * @return 64 lowercase hex digits
     */
    public static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Signs a spot request.
     *
     * @param secret the secret key
     * @param query the query string without {@code signature}, or ""
     * @param body the body, or ""
     * @return the signature
     */
    public static String spot(String secret, String query, String body) {
        return hmacSha256Hex(secret, query + body);
    }

    /**
     * Signs a futures request or WebSocket login.
     *
     * @param secret the secret key
     * @param apiKey the access key
     * @param requestTime the request time in ms, as sent
     * @param params the parameter string ("" for login)
     * @return the signature
     */
    public static String futures(String secret, String apiKey, String requestTime, String params) {
        return hmacSha256Hex(secret, apiKey + requestTime + params);
    }

    /**
     * Compares a received signature with the expected one in constant time; only lowercase hex matches.
     *
     * @param expected the expected signature
     * @param received the received one, may be null
     * @return whether they are equal
     */
    public static boolean matches(String expected, String received) {
        return received != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.getBytes(StandardCharsets.US_ASCII));
    }
}
