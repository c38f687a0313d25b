package io.exwire.testkit.gateio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered API keys and the verification of WebSocket and REST signatures, with Gate.io's error labels
 * ({@code INVALID_KEY}, {@code INVALID_SIGNATURE}, {@code REQUEST_EXPIRED}: more than 60 s between the request's
 * time and the server's). Thread-safe.
 */
final class GateioCredentials {

    /** Largest accepted distance between a signed request's time and the server's, in seconds. */
    static final long MAX_SKEW_SECONDS = 60;

    /** A key's secret and user id. */
    record Key(String apiKey, String secret, String userId) {
    }

    /** Why verification failed: a Gate.io error label and message. */
    record Failure(String label, String message) {
        String json() {
            return GateioJson.write(GateioJson.object().put("label", label).put("message", message));
        }
    }

    static final Failure INVALID_KEY = new Failure("INVALID_KEY", "Invalid key provided");
    static final Failure INVALID_SIGNATURE = new Failure("INVALID_SIGNATURE", "Signature mismatch");
    static final Failure REQUEST_EXPIRED = new Failure("REQUEST_EXPIRED",
            "gap between request Timestamp and server time exceeds " + MAX_SKEW_SECONDS);

    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final GateioFaultState faults;

    GateioCredentials(GateioFaultState faults) {
        this.faults = faults;
    }

    void add(Key key) {
        keys.put(key.apiKey(), key);
    }

    Key key(String apiKey) {
        return apiKey == null ? null : keys.get(apiKey);
    }

    /**
     * Verifies a signature computed by {@code expected} over the key's secret.
     *
     * @return the key, never null
     * @throws VerificationException on failure
     */
    Key verify(String apiKey, String sign, long timeSeconds, long nowMillis,
               java.util.function.Function<String, String> expected) {
        Key key = key(apiKey);
        if (faults.authFailing() || key == null) {
            throw new VerificationException(INVALID_KEY);
        }
        if (Math.abs(nowMillis / 1000 - timeSeconds) > MAX_SKEW_SECONDS) {
            throw new VerificationException(REQUEST_EXPIRED);
        }
        if (!GateioSigner.matches(expected.apply(key.secret()), sign)) {
            throw new VerificationException(INVALID_SIGNATURE);
        }
        return key;
    }

    /** A failed verification. */
    static final class VerificationException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        VerificationException(Failure failure) {
            super(failure.label(), null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }
}
