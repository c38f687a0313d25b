package io.exwire.core.transport;

import java.nio.ByteBuffer;

/**
 * Receives what a {@link WsConnection} reads. All methods of one connection are called from that connection's single
 * reader thread, in order.
 */
public interface FrameListener {

    /**
     * A complete text message (fragments already joined).
     *
     * @param text the message
     * @param receiveNanos local receive time in epoch nanoseconds
     */
    void onText(String text, long receiveNanos);

    /**
     * A complete binary message.
     *
     * @param data the message; valid only during the call
     * @param receiveNanos local receive time in epoch nanoseconds
     */
    void onBinary(ByteBuffer data, long receiveNanos);

    /**
     * The connection ended: a close frame from the peer, a read error, an oversized message
     * ({@link io.exwire.api.exception.FrameTooLargeException}) or a local abort. Called at most once.
     *
     * @param code the close code, or 1006 when there was no close frame
     * @param reason a short reason
     * @param error the failure, or null for an orderly close
     */
    void onClosed(int code, String reason, Throwable error);
}
