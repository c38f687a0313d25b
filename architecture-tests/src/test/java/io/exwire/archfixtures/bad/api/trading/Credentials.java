package io.exwire.archfixtures.bad.api.trading;

/**
 * Fixture credentials.
 *
 * @param key key
 * @param secret secret
 */
public record Credentials(String key, String secret) {
}
