package io.exwire.mexc.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** An independent HMAC-SHA256 (JCA + HexFormat) to check the adapter's signatures against. */
public final class Hmac {

    private Hmac() {
    }

    /**
     * @param secret the key
     * @param payload the message
     * @return lower-case hex HMAC-SHA256
     */
    public static String sha256Hex(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
