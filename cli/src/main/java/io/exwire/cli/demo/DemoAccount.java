package io.exwire.cli.demo;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The credentials of one simulated account: a fresh random secret per run, registered on the simulator and given
 * to exwire, never shown.
 *
 * @param apiKey the key
 * @param apiSecret the secret
 * @param userId the venue user id (Gate.io futures subscriptions carry it)
 */
record DemoAccount(String apiKey, String apiSecret, String userId) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Redacts the secret. */
    @Override
    public String toString() {
        return "DemoAccount[apiKey=" + apiKey + ", apiSecret=REDACTED, userId=" + userId + "]";
    }

    /**
     * @param name a readable part of the key, e.g. {@code gateio-spot}
     * @param userId the venue user id
     * @return new credentials
     */
    static DemoAccount create(String name, String userId) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return new DemoAccount("demo-" + name, HexFormat.of().formatHex(secret), userId);
    }
}
