package io.exwire.api;

/**
 * Where handlers run. This is the whole threading contract of exwire's handlers:
 *
 * <ul>
 *   <li>{@link #QUEUED} (default): the connection's reader thread only reads frames and puts them in a bounded
 *   queue; one dispatcher thread per websocket component decodes them and calls the handlers, in arrival order,
 *   never concurrently. A slow handler delays only the dispatcher, never reading, pings or liveness. When the
 *   queue is full: public components drop the frame, count it, emit a gap for every book of the connection and
 *   resynchronise them (trades may be missed and the gap says so); private components reconnect and reconcile
 *   over REST so that no order, balance or position change is lost. Queue depth, the age of the oldest queued frame
 *   and the frames dropped are in {@link io.exwire.api.metrics.MetricsSnapshot}.</li>
 *   <li>{@link #INLINE}: decoding and handlers run on the connection's reader thread: the lowest latency, for
 *   handlers that return in microseconds. A handler that blocks stalls reading; if it blocks longer than the
 *   liveness timeout the connection is declared dead and replaced.</li>
 * </ul>
 *
 * In both modes views passed to handlers are valid only during the callback.
 */
public enum DispatchMode {
    /** Decode and call handlers on a dedicated dispatcher thread behind a bounded queue. */
    QUEUED,
    /** Decode and call handlers on the connection's reader thread. */
    INLINE
}
