package io.exwire.cli.options;

import java.net.URI;
import java.util.Optional;

/**
 * Endpoint overrides: {@code --ws-url} replaces the venue websocket URL as a whole, {@code --rest-url} the REST root.
 *
 * @param websocket the websocket URL, or null for the venue's production endpoint
 * @param rest the REST root, or null for the venue's production root
 */
public record Endpoints(URI websocket, URI rest) {

    /** No overrides: production endpoints. */
    public static final Endpoints PRODUCTION = new Endpoints(null, null);

    /** @return the websocket override */
    public Optional<URI> websocketOverride() {
        return Optional.ofNullable(websocket);
    }

    /** @return the REST root override */
    public Optional<URI> restOverride() {
        return Optional.ofNullable(rest);
    }
}
