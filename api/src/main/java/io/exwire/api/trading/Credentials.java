package io.exwire.api.trading;

import java.util.Objects;
import java.util.Optional;

/**
 * API credentials of one account. Only private components and private REST clients receive them.
 *
 * <p>{@link #toString()} prints {@code REDACTED} for the key and the secret; exwire never logs them or puts them in
 * exception messages. Immutable and thread-safe.
 */
public final class Credentials {

    private final String apiKey;
    private final String apiSecret;
    private final String accountId;

    private Credentials(String apiKey, String apiSecret, String accountId) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        if (apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("apiSecret must not be blank");
        }
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.accountId = accountId;
    }

    /**
     * Creates credentials.
     *
     * @param apiKey the API key
     * @param apiSecret the API secret
     * @return the credentials
     * @throws IllegalArgumentException if either is blank (the message never contains the values)
     */
    public static Credentials of(String apiKey, String apiSecret) {
        return new Credentials(apiKey, apiSecret, null);
    }

    /**
     * Returns a copy with the venue's account (user) id, which some venues need in subscriptions (Gate.io futures).
     *
     * @param id the account id
     * @return the copy
     */
    public Credentials withAccountId(String id) {
        return new Credentials(apiKey, apiSecret, Objects.requireNonNull(id, "accountId"));
    }

    /**
     * Returns the API key; for signing code only.
     *
     * @return the API key; for signing code only
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Returns the API secret; for signing code only.
     *
     * @return the API secret; for signing code only
     */
    public String apiSecret() {
        return apiSecret;
    }

    /**
     * Returns the venue account id, if given.
     *
     * @return the venue account id, if given
     */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /**
     * Returns a string with the key and secret redacted.
     *
     * @return a string with the key and secret redacted
     */
    @Override
    public String toString() {
        return "Credentials[apiKey=REDACTED, apiSecret=REDACTED" + (accountId == null ? "" : ", accountId=" + accountId) + "]";
    }
}
