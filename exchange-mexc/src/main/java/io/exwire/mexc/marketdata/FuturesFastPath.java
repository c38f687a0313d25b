package io.exwire.mexc.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;

import java.nio.charset.StandardCharsets;

/**
 * MEXC futures' public fast path: decodes the canonical frames of the hot pushes ({@code push.depth}) in one pass over
 * their bytes with {@link ByteCursor}, and declines everything else. The exact path ({@link MexcFuturesPublicProtocol}
 * with {@code FuturesEnvelope} and core's {@code JsonCursor}) handles what it declines, so behaviour is the exact
 * path's by construction: a frame is either decoded here to exactly the events it would deliver, or handed to it.
 *
 * <p>Accepted: a top-level object with only {@code channel}, {@code data}, {@code symbol} and {@code ts}, each at
 * most once, {@code channel} a hot channel and before {@code data} (the order MEXC sends), a known {@code symbol}, a
 * whole or {@code null} {@code ts}, and a {@code data} its channel's decoder accepts. Anything else (acks, errors,
 * pongs, other channels, unknown or missing symbols, unusual numbers, escapes, trailing characters) is declined.
 * Events reach the sink only after the whole frame has been read. One instance per connection; not thread-safe.
 */
final class FuturesFastPath {

    private static final long CHANNEL = ByteCursor.word("channel", 0);
    private static final long DATA = ByteCursor.word("data", 0);
    private static final long SYMBOL = ByteCursor.word("symbol", 0);
    private static final long TS = ByteCursor.word("ts", 0);
    private static final byte[] PUSH_DEPTH = "push.depth".getBytes(StandardCharsets.US_ASCII);
    private static final int CHANNEL_SEEN = 1;
    private static final int DATA_SEEN = 2;
    private static final int SYMBOL_SEEN = 4;
    private static final int TS_SEEN = 8;

    private final ByteCursor in = new ByteCursor();
    private final SymbolTable symbols;
    private final FastChannel depth;
    private int seen;
    private FastChannel channel;
    private Symbol symbol;
    private long ts;

    FuturesFastPath(SymbolTable symbols, FastChannel depth) {
        this.symbols = symbols;
        this.depth = depth;
    }

    /**
     * Decodes and delivers a frame, or declines it.
     *
     * @param frame the text frame
     * @param receiveNanos its receive time
     * @param sink the sink
     * @return true when delivered; false when the exact path must decode it (nothing was delivered)
     */
    boolean tryDecode(String frame, long receiveNanos, PublicSink sink) {
        if (!in.load(frame)) {
            return false;
        }
        try {
            read(receiveNanos);
        } catch (ByteCursor.Miss miss) {
            return false;
        }
        channel.emit(symbol, ts, sink);
        return true;
    }

    private void read(long receiveNanos) {
        seen = 0;
        channel = null;
        symbol = null;
        ts = 0;
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        do {
            member(receiveNanos);
        } while (in.more('}'));
        in.end();
        if ((seen & (DATA_SEEN | SYMBOL_SEEN)) != (DATA_SEEN | SYMBOL_SEEN)) {
            throw ByteCursor.MISS;
        }
    }

    private void member(long receiveNanos) {
        in.key();
        int key = keyBit();
        if ((seen & key) != 0) {
            throw ByteCursor.MISS;
        }
        seen |= key;
        switch (key) {
            case CHANNEL_SEEN -> channel();
            case DATA_SEEN -> data(receiveNanos);
            case SYMBOL_SEEN -> symbol();
            default -> ts = in.nullIfPresent() ? 0 : in.whole();
        }
    }

    private int keyBit() {
        long w = in.keyWord();
        return switch (in.keyLength()) {
            case 2 -> bitIf(w == TS, TS_SEEN);
            case 4 -> bitIf(w == DATA, DATA_SEEN);
            case 6 -> bitIf(w == SYMBOL, SYMBOL_SEEN);
            case 7 -> bitIf(w == CHANNEL, CHANNEL_SEEN);
            default -> throw ByteCursor.MISS;
        };
    }

    private static int bitIf(boolean matches, int bit) {
        if (!matches) {
            throw ByteCursor.MISS;
        }
        return bit;
    }

    private void channel() {
        in.readString();
        if (!in.tokenIs(PUSH_DEPTH)) {
            throw ByteCursor.MISS;
        }
        channel = depth;
    }

    private void data(long receiveNanos) {
        if (channel == null) {
            throw ByteCursor.MISS;
        }
        channel.read(in, receiveNanos);
    }

    private void symbol() {
        in.readString();
        symbol = symbols.lookup(in.bytes(), in.tokenStart(), in.tokenLength());
        if (symbol == null) {
            throw ByteCursor.MISS;
        }
    }
}
