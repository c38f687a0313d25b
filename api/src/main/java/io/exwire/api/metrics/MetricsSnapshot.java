package io.exwire.api.metrics;

import java.util.Map;

/**
 * A consistent-enough copy of a component's counters at one moment (each counter is read atomically; the set is
 * not a transaction).
 *
 * @param messages frames received on all connections
 * @param bytes frame bytes received
 * @param parseErrors frames that could not be decoded
 * @param unknownChannel frames for channels this component does not know (counted and ignored)
 * @param reconnects connections re-established after a loss
 * @param gaps sequence gaps detected
 * @param resyncs book resynchronisations completed
 * @param droppedOnOverflow frames dropped because the dispatch queue was full
 * @param queueDepth frames waiting in the dispatch queue now
 * @param queueLagNanos age of the oldest waiting frame now
 * @param connections open physical connections now
 * @param venueToReceive latency from the venue's timestamp to local receipt, all channels
 * @param receiveToHandled latency from receipt to the handler returning, all channels
 * @param channels per-channel figures keyed by channel name
 */
public record MetricsSnapshot(long messages, long bytes, long parseErrors, long unknownChannel, long reconnects,
                              long gaps, long resyncs, long droppedOnOverflow, long queueDepth, long queueLagNanos,
                              int connections, LatencySummary venueToReceive, LatencySummary receiveToHandled,
                              Map<String, ChannelMetrics> channels) {

    /**
     * Copies the channel map.
     */
    public MetricsSnapshot {
        channels = Map.copyOf(channels);
    }
}
