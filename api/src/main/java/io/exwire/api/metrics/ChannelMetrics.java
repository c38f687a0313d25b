package io.exwire.api.metrics;

/**
 * Counters and latencies of one channel (e.g. {@code ORDER_BOOK}, {@code ORDERS}) of a component.
 *
 * @param channel the channel name
 * @param messages decoded messages delivered to handlers
 * @param bytes frame bytes received
 * @param parseErrors frames that could not be decoded
 * @param gaps sequence gaps detected
 * @param resyncs book resynchronisations completed
 * @param venueToReceive latency from the venue's timestamp to local receipt (clock skew included)
 * @param receiveToHandled latency from local receipt to the handler returning
 */
public record ChannelMetrics(String channel, long messages, long bytes, long parseErrors, long gaps, long resyncs,
                             LatencySummary venueToReceive, LatencySummary receiveToHandled) {
}
