package io.exwire.core.trading;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

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
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        prototype = jca("HMAC " + algorithm, () -> {
            Mac mac = Mac.getInstance(algorithm.jca);
            mac.init(new SecretKeySpec(key, algorithm.jca));
            return mac;
        });
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
        Mac mac = jca("a cloneable HMAC", () -> (Mac) prototype.clone());
        return mac.doFinal(payload);
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
        MessageDigest sha512 = jca("SHA-512", () -> MessageDigest.getInstance("SHA-512"));
        return hex(sha512.digest(payload.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Runs a JCA call whose checked failure can only mean the platform lacks a standard algorithm (HMAC-SHA256/512,
     * SHA-512, a cloneable {@link Mac}): a broken runtime, reported unchecked.
     *
     * @param what what the call provides, for the message
     * @param call the call
     * @param <T> the result type
     * @return the call's result
     * @throws IllegalStateException wrapping the checked failure
     */
    static <T> T jca(String what, JcaCall<T> call) {
        try {
            return call.get();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException(what + " unavailable", e);
        }
    }

    /** @param <T> the result type */
    @FunctionalInterface
    interface JcaCall<T> {
        /**
         * @return the result
         * @throws GeneralSecurityException if an algorithm or key is refused
         * @throws CloneNotSupportedException if a {@link Mac} cannot be cloned
         */
        T get() throws GeneralSecurityException, CloneNotSupportedException;
    }

    @Override
    public String toString() {
        return "HmacSigner[" + prototype.getAlgorithm() + ", secret=REDACTED]";
    }
}
