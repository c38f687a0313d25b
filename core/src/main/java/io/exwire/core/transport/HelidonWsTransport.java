package io.exwire.core.transport;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ConnectionLostException;
import io.helidon.webclient.websocket.WsClient;
import io.helidon.webclient.websocket.WsClientConfig;

import java.net.URI;
import java.util.Map;

/**
 * {@link WsTransport} on the Helidon 4 WebSocket client. TLS certificates and host names are verified unless the
 * configuration explicitly turns verification off. Each connection gets its own client so per-connection headers
 * cannot leak between connections.
 */
public final class HelidonWsTransport implements WsTransport {

    private final ExchangeConfig config;
    private final EpochNanoClock clock;

    /**
     * @param config connect timeout, TLS verification and maximum message size come from here
     * @param clock receive timestamps
     */
    public HelidonWsTransport(ExchangeConfig config, EpochNanoClock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public WsConnection connect(URI uri, Map<String, String> headers, FrameListener listener) {
        WsClientConfig.Builder builder = WsClient.builder()
                .socketOptions(o -> o.connectTimeout(config.connectTimeout()).tcpNoDelay(true));
        if ("ws".equalsIgnoreCase(uri.getScheme())) {
            // plaintext: no TLS context (Helidon would otherwise build the JVM's default one, ~160 ms cold)
            builder.tls(t -> t.enabled(false));
        } else if (!config.tlsVerification()) {
            builder.tls(t -> t.trustAll(true).endpointIdentificationAlgorithm("NONE"));
        }
        headers.forEach(builder::addHeader);
        HelidonWsConnection connection = new HelidonWsConnection(listener, config.maxFrameBytes(), clock);
        try {
            builder.build().connect(uri, connection.listener());
        } catch (RuntimeException e) {
            throw new ConnectionLostException("could not open websocket to " + redact(uri) + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        connection.awaitOpen(config.connectTimeout());
        return connection;
    }

    /**
     * @param uri a URI
     * @return the URI without its query (which may hold a listen key)
     */
    public static String redact(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath() + (uri.getQuery() == null ? "" : "?<redacted>");
    }
}
