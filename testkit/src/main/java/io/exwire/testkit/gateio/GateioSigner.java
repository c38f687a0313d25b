package io.exwire.testkit.gateio;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Gate.io API v4 signatures: lowercase hex HMAC-SHA512. Used by the simulator to verify requests and by tests to
 * sign them. Stateless and thread-safe.
 */
public final class GateioSigner {

    private static final HexFormat HEX = HexFormat.of();

    private GateioSigner() {
    }

    /**
     * The signature of a private WebSocket subscribe/unsubscribe: HMAC-SHA512 of
     * {@code channel=<channel>&event=<event>&time=<time>}.
     *
     * @param secret the API secret
     * @param channel the channel
     * @param event the event
     * @param timeSeconds the request's {@code time}
     * @return the hex signature
     */
    public static String signWebsocket(String secret, String channel, String event, long timeSeconds) {
        return hmacSha512Hex(secret, "channel=" + channel + "&event=" + event + "&time=" + timeSeconds);
    }

    /**
     * The signature of a REST request: HMAC-SHA512 of
     * {@code METHOD\n/api/v4/path\nquery\nhex(sha512(body))\ntimestamp}.
     *
     * @param secret the API secret
     * @param method the HTTP method, upper case
     * @param path the path including {@code /api/v4}
     * @param query the raw query string without {@code ?}, or ""
     * @param body the request body, or ""
     * @param timestampSeconds the {@code Timestamp} header
     * @return the hex signature
     */
    public static String signRest(String secret, String method, String path, String query, String body,
                                  long timestampSeconds) {
        return signRest(secret, method, path, query, body, Long.toString(timestampSeconds));
    }

    /**
     * As {@link #signRest(String, String, String, String, String, long)} with the {@code Timestamp} header text
     * exactly as sent (clients may send fractional seconds).
     *
     * @param secret the API secret
     * @param method the HTTP method
     * @param path the path including {@code /api/v4}
     * @param query the raw query string, or ""
     * @param body the body, or ""
     * @param timestamp the {@code Timestamp} header text
     * @return the hex signature
     */
    public static String signRest(String secret, String method, String path, String query, String body,
                                  String timestamp) {
        String payload = method + "\n" + path + "\n" + query + "\n" + sha512Hex(body) + "\n" + timestamp;
        return hmacSha512Hex(secret, payload);
    }

    /**
     * @param secret the key
     * @param message the message
     * @return lowercase hex HMAC-SHA512
     */
    public static String hmacSha512Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 unavailable", e);
        }
    }

    /**
     * @param text the text
     * @return lowercase hex SHA-512 of its UTF-8 bytes
     */
    public static String sha512Hex(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 unavailable", e);
        }
    }

    /**
     * Compares two hex signatures in constant time.
     *
     * @param expected the expected signature
     * @param actual the received signature, may be null
     * @return whether they are equal
     */
    public static boolean matches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
