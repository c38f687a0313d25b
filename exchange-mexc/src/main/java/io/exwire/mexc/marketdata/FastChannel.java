package io.exwire.mexc.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.marketdata.PublicSink;

/**
 * One hot push channel's fast-path decoder: reads a {@code data} value into its reused event objects, and only after
 * the whole frame has been read (the envelope's {@code symbol} and {@code ts} follow {@code data}) hands them to the
 * sink, so a frame that misses halfway delivers nothing.
 */
interface FastChannel {

    /**
     * Reads the data value at the cursor, or throws {@link ByteCursor#MISS}.
     *
     * @param in positioned on the data value
     * @param receiveNanos the frame's receive time
     */
    void read(ByteCursor in, long receiveNanos);

    /**
     * Delivers what {@link #read} decoded.
     *
     * @param symbol the envelope's symbol
     * @param exchangeMillis the envelope's {@code ts}, 0 when absent or {@code null}
     * @param sink the connection's sink
     */
    void emit(Symbol symbol, long exchangeMillis, PublicSink sink);
}
