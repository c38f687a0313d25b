package io.exwire.mexc.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;


/**
 * MEXC futures' public fast path: decodes the canonical frames of the hot pushes ({@code push.depth},
 * {@code push.deal}) in one pass over their bytes with {@link ByteCursor}, and declines everything else. The exact
 * path ({@link MexcFuturesPublicProtocol} with {@code FuturesEnvelope} and core's {@code JsonCursor}) handles what
 * it declines, so behaviour is the exact path's by construction: a frame is either decoded here to exactly the events
 * it would deliver, or handed to it.
 *
 * <p>Accepted: a top-level object with only {@code channel}, {@code data}, {@code symbol} and {@code ts}, each at
 * most once, {@code channel} a hot channel and before {@code data} (the order MEXC sends), a known {@code symbol}, a
 * whole or {@code null} {@code ts}, and a {@code data} its channel's decoder accepts. Anything else (acks, errors,
 * pongs, other channels, unknown or missing symbols, unusual numbers, escapes, trailing characters) is declined.
 * Events reach the sink only after the whole frame has been read. One instance per connection; not thread-safe.
 */
final class FuturesFastPath {

    private static final JsonLiteral PUSH_DEPTH = JsonLiteral.string("push.depth");
    private static final JsonLiteral PUSH_DEAL = JsonLiteral.string("push.deal");
    private static final JsonLiteral DEPTH_START = JsonLiteral.text("{\"channel\":\"push.depth\",\"data\":");
    private static final JsonLiteral DEAL_START = JsonLiteral.text("{\"channel\":\"push.deal\",\"data\":");
    private static final JsonLiteral NEXT_SYMBOL = JsonLiteral.nextMember("symbol");
    private static final JsonLiteral NEXT_TS = JsonLiteral.nextMember("ts");
    private static final int CHANNEL = 0;
    private static final int DATA = 1;
    private static final int SYMBOL = 2;
    private static final int TS = 3;

    private final ByteCursor in = new ByteCursor();
    private final MemberNames names = new MemberNames("channel", "data", "symbol", "ts");
    private final SymbolTable symbols;
    private final ByteCursor.Shape tsShape = new ByteCursor.Shape();
    private final FastChannel depth;
    private final FastChannel deal;
    private int seen;
    private FastChannel channel;
    private Symbol symbol;
    private long ts;

    FuturesFastPath(SymbolTable symbols, FastChannel depth, FastChannel deal) {
        this.symbols = symbols;
        this.depth = depth;
        this.deal = deal;
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
        int previous = usualStart(receiveNanos);
        for (int key = names.resume(in, previous); key != MemberNames.END; key = names.next(in, previous)) {
            previous = member(key, receiveNanos);
        }
        in.end();
        int needed = bit(DATA) | bit(SYMBOL);
        if ((seen & needed) != needed) {
            throw ByteCursor.MISS;
        }
    }

    /**
     * Reads the members in the order MEXC sends them, {@code {"channel":"push.depth","data":{..},"symbol":"..",
     * "ts":..}} (or {@code push.deal}) without whitespace, as straight-line code, as far as the frame follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualStart(long receiveNanos) {
        FastChannel started = in.consume(DEPTH_START) ? depth : in.consume(DEAL_START) ? deal : null;
        if (started == null) {
            return MemberNames.NONE;
        }
        seen = bit(CHANNEL) | bit(DATA);
        channel = started;
        started.read(in, receiveNanos);
        if (!in.consume(NEXT_SYMBOL)) {
            return DATA;
        }
        symbol();
        seen |= bit(SYMBOL);
        if (!in.consume(NEXT_TS)) {
            return SYMBOL;
        }
        ts();
        seen |= bit(TS);
        return TS;
    }

    private int member(int key, long receiveNanos) {
        if (key < 0 || (seen & bit(key)) != 0) {
            throw ByteCursor.MISS;
        }
        seen |= bit(key);
        switch (key) {
            case CHANNEL -> channel();
            case DATA -> data(receiveNanos);
            case SYMBOL -> symbol();
            default -> ts();
        }
        return key;
    }

    private void ts() {
        ts = in.nullIfPresent() ? 0 : in.whole(tsShape);
    }

    private static int bit(int key) {
        return 1 << key;
    }

    private void channel() {
        if (in.consume(PUSH_DEPTH)) {
            channel = depth;
        } else if (in.consume(PUSH_DEAL)) {
            channel = deal;
        } else {
            throw ByteCursor.MISS;
        }
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
