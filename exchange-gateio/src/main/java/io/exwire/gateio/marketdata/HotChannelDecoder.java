package io.exwire.gateio.marketdata;

import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;

/**
 * One hot channel's fast-path decoder: reads a {@code result} into its reused event objects, and only after the
 * whole frame has been read hands them to the sink, so a frame that misses halfway delivers nothing twice.
 */
interface HotChannelDecoder {

    /**
     * Reads the result value at the cursor, or throws {@link ByteCursor#MISS}.
     *
     * @param in positioned on the result
     * @param receiveNanos the frame's receive time
     */
    void read(ByteCursor in, long receiveNanos);

    /**
     * Delivers what {@link #read} decoded.
     *
     * @param sink the connection's sink
     */
    void emit(PublicSink sink);

    /**
     * Reads a symbol string and maps it; an unknown one misses (the exact path reports it).
     *
     * @param in positioned on the string
     * @param symbols the connection's table
     * @return the symbol's slot in the table ({@link SymbolTable#symbolAt})
     */
    static int symbolSlot(ByteCursor in, SymbolTable symbols) {
        in.readString();
        int slot = symbols.lookupSlot(in.bytes(), in.tokenStart(), in.tokenLength());
        if (slot < 0) {
            throw ByteCursor.MISS;
        }
        return slot;
    }
}
