package io.exwire.core.marketdata;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The wire protocol of one physical public connection: how requests are encoded and frames decoded. One instance per
 * connection, so it may keep per-connection state (e.g. a FIFO of pending acks for venues whose acks carry no id).
 *
 * <p><b>Threading.</b> {@code subscribe}, {@code unsubscribe} and {@code ping} are called under the connection's
 * write lock; {@code onText}/{@code onBinary} on the connection's dispatch lane, one frame at a time. Implementations
 * must synchronise any state shared between the two (usually a small concurrent queue of pending requests).
 *
 * <p><b>Errors.</b> Decoders report malformed frames with {@link PublicSink#protocolError} and return; they never
 * throw for bad input and never log per message.
 */
public interface PublicProtocol {

    /**
     * Encodes a subscribe request.
     *
     * @param requestId the id the venue should echo in its ack (positive 32-bit)
     * @param channel the channel
     * @param symbols the symbols, at most {@code VenueLimits.maxSymbolsPerRequest()}
     * @param epochMillis the current time
     * @return the text frame
     */
    String subscribe(int requestId, PublicChannel channel, List<Symbol> symbols, long epochMillis);

    /**
     * Encodes an unsubscribe request.
     *
     * @param requestId the id the venue should echo in its ack
     * @param channel the channel
     * @param symbols the symbols
     * @param epochMillis the current time
     * @return the text frame
     */
    String unsubscribe(int requestId, PublicChannel channel, List<Symbol> symbols, long epochMillis);

    /**
     * Encodes the app-level ping.
     *
     * @param requestId an id for venues whose ping carries one
     * @param epochMillis the current time
     * @return the text frame, or null when the venue has no app-level ping
     */
    String ping(int requestId, long epochMillis);

    /**
     * Decodes one text frame.
     *
     * @param frame the frame
     * @param receiveNanos local receive time, epoch nanoseconds
     * @param sink where decoded acks, pongs and events go
     */
    void onText(String frame, long receiveNanos, PublicSink sink);

    /**
     * Decodes one binary frame (MEXC spot protobuf). Default: reported as an unknown frame.
     *
     * @param frame the frame; valid only during the call
     * @param receiveNanos local receive time, epoch nanoseconds
     * @param sink where decoded events go
     */
    default void onBinary(ByteBuffer frame, long receiveNanos, PublicSink sink) {
        sink.unknownChannel();
    }
}
