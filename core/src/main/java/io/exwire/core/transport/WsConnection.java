package io.exwire.core.transport;

/**
 * One open websocket. {@link #send} is serialised internally (Helidon's session is not thread-safe: concurrent
 * sends corrupt frames), so any thread may call it. Protocol pings from the peer are answered by the transport.
 */
public interface WsConnection {

    /**
     * Sends a text frame.
     *
     * @param text the frame
     * @return false if the connection is no longer usable (the failure is also reported through
     *     {@link FrameListener#onClosed})
     */
    boolean send(String text);

    /** @return whether the connection has not been closed or failed */
    boolean isOpen();

    /** @return epoch nanoseconds of the last inbound frame of any kind (data, ping, pong), or the open time */
    long lastInboundNanos();

    /**
     * Closes with a close frame. Idempotent.
     *
     * @param code the close code
     * @param reason the reason
     */
    void close(int code, String reason);

    /** Drops the TCP connection without a close frame. Idempotent. */
    void abort();
}
