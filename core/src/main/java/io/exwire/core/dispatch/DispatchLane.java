package io.exwire.core.dispatch;

import io.exwire.api.DispatchMode;

import java.nio.ByteBuffer;

/**
 * Where a component decodes frames and runs handlers, one thing at a time: every frame and every control task
 * (snapshot arrival, resubscription bookkeeping) of a component runs serialised on its lane, so engine state needs
 * no further locking. {@link DispatchMode#QUEUED}: a bounded queue and one dispatcher thread.
 * {@link DispatchMode#INLINE}: on the calling thread under a lock. Thread-safe.
 */
public interface DispatchLane extends AutoCloseable {

    /**
     * Creates a lane.
     *
     * @param mode the mode
     * @param capacity queue capacity for {@link DispatchMode#QUEUED}
     * @param threadName the dispatcher thread's name
     * @param consumer the frame consumer
     * @return a started lane
     */
    static DispatchLane create(DispatchMode mode, int capacity, String threadName, FrameConsumer consumer) {
        return mode == DispatchMode.INLINE ? new InlineLane(consumer) : new QueuedLane(capacity, threadName, consumer);
    }

    /**
     * Submits a text frame from a reader thread.
     *
     * @param connectionId the connection
     * @param text the frame
     * @param receiveNanos receive time
     * @return false when the queue is full and the frame was not accepted
     */
    boolean text(int connectionId, String text, long receiveNanos);

    /**
     * Submits a binary frame from a reader thread (copied when queued).
     *
     * @param connectionId the connection
     * @param data the frame
     * @param receiveNanos receive time
     * @return false when the queue is full
     */
    boolean binary(int connectionId, ByteBuffer data, long receiveNanos);

    /**
     * Runs a control task on the lane, after the frames already submitted. Never dropped.
     *
     * @param task the task
     */
    void execute(Runnable task);

    /** @return frames waiting */
    long depth();

    /** @return age in ns of the oldest waiting frame, 0 when empty */
    long lagNanos();

    /** Stops the lane; queued work is discarded. Idempotent. */
    @Override
    void close();
}
