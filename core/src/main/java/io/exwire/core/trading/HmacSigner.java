package io.exwire.core.trading;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC signatures as venues document them (lower-case hex). Holds the secret; {@link #toString()} does not show it.
 * Thread-safe: each call uses a fresh {@link Mac} clone.
 */
public final class HmacSigner {

    /** The HMAC algorithm. */
    public enum Algorithm {
        /** HMAC-SHA256 (MEXC). */
        SHA256("HmacSHA256"),
        /** HMAC-SHA512 (Gate.io). */
        SHA512("HmacSHA512");

        private final String jca;

        Algorithm(String jca) {
            this.jca = jca;
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Mac prototype;

    /**
     * @param algorithm the algorithm
     * @param secret the API secret
     */
    public HmacSigner(Algorithm algorithm, String secret) {
        try {
            prototype = Mac.getInstance(algorithm.jca);
            prototype.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm.jca));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable: " + algorithm, e);
        }
    }

    /**
     * @param payload the exact string to sign
     * @return the lower-case hex signature
     */
    public String signHex(String payload) {
        return hex(sign(payload.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param payload the bytes to sign
     * @return the raw signature
     */
    public byte[] sign(byte[] payload) {
        try {
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(payload);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC not cloneable", e);
        }
    }

    /**
     * @param bytes bytes
     * @return lower-case hex
     */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * @param payload the string
     * @return lower-case hex SHA-512 of the UTF-8 bytes (Gate.io REST signs the body hash)
     */
    public static String sha512Hex(String payload) {
        try {
            return hex(java.security.MessageDigest.getInstance("SHA-512").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSigner[" + prototype.getAlgorithm() + ", secret=REDACTED]";
    }
}
