package io.exwire.cli.jsonl;

import io.exwire.api.connection.ConnectionStateChange;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/**
 * What the public and private JSONL sinks share: the reused line, the common leading fields ({@code type},
 * {@code venue}, {@code market}) and trailing timestamps, and the {@code state}, {@code gap} and {@code error}
 * lines. Each method holds the sink's lock while it uses the line.
 */
abstract class JsonlSinkBase {

    private final JsonlOutput output;
    private final String venue;
    private final String market;
    private final JsonLine line = new JsonLine();

    JsonlSinkBase(JsonlOutput output, ExchangeId venue, MarketType market) {
        this.output = output;
        this.venue = venue.id();
        this.market = Lower.of(market);
    }

    /**
     * Starts a line; the caller holds the lock until {@link #finish}.
     *
     * @param type the event type
     * @return the line
     */
    final JsonLine start(String type) {
        return line.begin(type).string("venue", venue).string("market", market);
    }

    /**
     * Appends the timestamps, ends and writes the line.
     *
     * @param exchangeMillis the venue's timestamp, or 0 when it sent none
     * @param receiveNanos the local receive time in epoch nanoseconds
     */
    final void finish(long exchangeMillis, long receiveNanos) {
        line.timestamp("exchangeTs", exchangeMillis).number("receiveTs", receiveNanos).end();
        output.write(line);
    }

    /** @param change a connection state transition */
    public final synchronized void state(ConnectionStateChange change) {
        start("state").string("state", Lower.of(change.to())).string("from", Lower.of(change.from()))
                .number("connectionId", change.connectionId());
        if (!change.reason().isEmpty()) {
            line.string("reason", change.reason());
        }
        finish(0, Clocks.millisToNanos(change.epochMillis()));
    }

    /** @param gap a possible gap of the whole stream */
    public final synchronized void streamGap(StreamGap gap) {
        start("gap").string("reason", gap.reason()).number("connectionId", gap.connectionId())
                .timestamp("fromTs", gap.fromEpochMillis()).timestamp("toTs", gap.toEpochMillis());
        finish(0, Clocks.epochNanos());
    }

    /** @param error an error that did not end the component */
    public final synchronized void error(ExwireException error) {
        writeError(error.getClass().getSimpleName(), error.getMessage());
    }

    /**
     * Writes an {@code error} line.
     *
     * @param errorType the exception's simple class name
     * @param message its message, or null
     */
    final synchronized void writeError(String errorType, String message) {
        start("error").string("errorType", errorType).string("message", message == null ? "" : message);
        finish(0, Clocks.epochNanos());
    }
}
