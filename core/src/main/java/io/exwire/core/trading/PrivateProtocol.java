package io.exwire.core.trading;

import io.exwire.api.exception.ExwireException;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The wire protocol of a private component: connection preparation (e.g. a listen key), authentication and
 * subscription frames, decoding, and periodic maintenance. One instance per component, living across reconnects.
 *
 * <p><b>Threading.</b> {@link #prepare} and {@link #maintain} run on an exwire virtual thread and may block on REST;
 * {@link #openingRequests} and {@link #ping} under the connection's write lock; {@code onText}/{@code onBinary} on
 * the dispatch lane, one frame at a time. {@link #release} once, on close.
 *
 * <p><b>Errors.</b> Bad frames go to {@link PrivateSink#protocolError}; never throw for bad input, never log per
 * message, never put secrets in messages.
 */
public interface PrivateProtocol {

    /**
     * Called before every connection attempt.
     *
     * @param endpoint the configured or default endpoint
     * @return the URI to connect to (e.g. with {@code ?listenKey=})
     * @throws ExwireException e.g. {@code AuthenticationException} when the venue refuses the key
     */
    URI prepare(URI endpoint);

    /**
     * The frames that authenticate and subscribe every private channel, sent in order right after opening.
     *
     * @param ids supplies request ids
     * @param epochMillis the current time (venue-corrected)
     * @return the requests
     */
    List<OpeningRequest> openingRequests(IntSupplier ids, long epochMillis);

    /**
     * @param requestId an id for venues whose ping carries one
     * @param epochMillis the current time
     * @return the app-level ping frame, or null
     */
    String ping(int requestId, long epochMillis);

    /**
     * Decodes one text frame.
     *
     * @param frame the frame
     * @param receiveNanos local receive time, epoch nanoseconds
     * @param sink where results go
     */
    void onText(String frame, long receiveNanos, PrivateSink sink);

    /**
     * Decodes one binary frame (MEXC spot protobuf).
     *
     * @param frame the frame, valid only during the call
     * @param receiveNanos local receive time
     * @param sink where results go
     */
    default void onBinary(ByteBuffer frame, long receiveNanos, PrivateSink sink) {
        sink.unknownChannel();
    }

    /** @return how often {@link #maintain} runs, or {@link Duration#ZERO} for never */
    default Duration maintenanceInterval() {
        return Duration.ZERO;
    }

    /**
     * Periodic upkeep, e.g. a listen-key keep-alive.
     *
     * @param epochMillis the current time
     * @throws ExwireException when upkeep failed and the connection must be re-established
     */
    default void maintain(long epochMillis) {
    }

    /** Releases venue resources (e.g. deletes the listen key). Best effort; never throws. */
    default void release() {
    }
}
