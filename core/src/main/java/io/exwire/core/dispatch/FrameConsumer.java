package io.exwire.core.dispatch;

import java.nio.ByteBuffer;

/** Decodes and handles frames on a {@link DispatchLane}; called one frame at a time. */
public interface FrameConsumer {

    /**
     * @param connectionId the physical connection the frame came from
     * @param text the frame
     * @param receiveNanos receive time, epoch ns
     */
    void text(int connectionId, String text, long receiveNanos);

    /**
     * @param connectionId the physical connection
     * @param data the frame, valid only during the call
     * @param receiveNanos receive time, epoch ns
     */
    void binary(int connectionId, ByteBuffer data, long receiveNanos);

    /**
     * Something escaped the consumer; reported, the lane goes on.
     *
     * @param error the failure
     */
    void failed(RuntimeException error);
}
