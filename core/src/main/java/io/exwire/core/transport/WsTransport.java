package io.exwire.core.transport;

import java.net.URI;
import java.util.Map;

/**
 * Opens websockets. {@link #connect} blocks through TCP, TLS and the upgrade, so core only calls it from its own
 * virtual threads, never from an application thread. Thread-safe.
 */
public interface WsTransport {

    /**
     * Opens a websocket.
     *
     * @param uri the endpoint
     * @param headers extra upgrade headers
     * @param listener receives frames and the end of the connection
     * @return the open connection
     * @throws io.exwire.api.exception.ConnectionLostException when the connection could not be opened
     */
    WsConnection connect(URI uri, Map<String, String> headers, FrameListener listener);
}
