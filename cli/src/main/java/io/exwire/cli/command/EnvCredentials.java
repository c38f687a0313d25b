package io.exwire.cli.command;

import io.exwire.api.trading.Credentials;
import io.exwire.cli.control.UsageException;

import java.util.Map;

/** Credentials from the environment only ({@code EXWIRE_API_KEY}, {@code EXWIRE_API_SECRET}); never from arguments. */
public final class EnvCredentials {

    /** The environment variable of the API key. */
    public static final String KEY = "EXWIRE_API_KEY";
    /** The environment variable of the API secret. */
    public static final String SECRET = "EXWIRE_API_SECRET";

    private EnvCredentials() {
    }

    /**
     * @param env the environment
     * @param accountId the venue user id, or null
     * @return the credentials
     * @throws UsageException naming the missing variable (never a value)
     */
    public static Credentials read(Map<String, String> env, String accountId) {
        String key = require(env, KEY);
        String secret = require(env, SECRET);
        Credentials credentials = Credentials.of(key, secret);
        return accountId == null ? credentials : credentials.withAccountId(accountId);
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("'account' needs the API credentials in the environment variables " + KEY
                    + " and " + SECRET + "; " + name + " is not set");
        }
        return value;
    }
}
