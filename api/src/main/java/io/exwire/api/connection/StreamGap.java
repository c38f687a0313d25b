package io.exwire.api.connection;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/**
 * Tells the application that events may have been missed on a connection, e.g. because it was re-established or
 * a queue overflowed. Books are resynchronised and private state reconciled automatically; this event says that
 * it happened and for how long the stream was interrupted.
 *
 * @param exchange the venue
 * @param market the market
 * @param connectionId the physical connection within the component
 * @param reason why, e.g. {@code "reconnect"}, {@code "queue overflow"}
 * @param fromEpochMillis when the stream was last known complete
 * @param toEpochMillis when the stream was complete again
 */
public record StreamGap(ExchangeId exchange, MarketType market, int connectionId, String reason,
                        long fromEpochMillis, long toEpochMillis) {
}
