package io.exwire.gateio.marketdata;

import io.exwire.core.codec.ByteCursor;
import io.exwire.core.codec.JsonLiteral;
import io.exwire.core.codec.MemberNames;
import io.exwire.core.marketdata.PublicSink;

/**
 * Gate.io's public fast path: decodes the canonical frames of the hot channels (order book updates, trades, best
 * bid/ask) in one pass over their bytes with {@link ByteCursor}, and declines everything else. Core's exact
 * decoders ({@link GateioPublicProtocol}'s {@code JsonCursor} path) handle what it declines, so behaviour is theirs
 * by construction: a frame is either decoded here to exactly the events they would deliver, or handed to them.
 *
 * <p>Accepted: a top-level object with only {@code time}, {@code time_ms}, {@code channel}, {@code event} and
 * {@code result}, each at most once, {@code channel} one of this connection's hot channels and {@code event}
 * {@code "update"}, both before {@code result} (the order Gate.io sends); a known symbol; plain decimals. Anything
 * else (acks, errors, pongs, upgrade notices, tickers, unknown symbols, unusual numbers, escapes) is declined.
 * Events reach the sink only after the whole frame has been read. One instance per connection; not thread-safe.
 */
final class FastPath {

    private static final JsonLiteral UPDATE = JsonLiteral.string("update");
    private static final JsonLiteral FIRST_TIME = JsonLiteral.firstMember("time");
    private static final JsonLiteral NEXT_TIME_MS = JsonLiteral.nextMember("time_ms");
    private static final JsonLiteral NEXT_CHANNEL = JsonLiteral.nextMember("channel");
    private static final JsonLiteral NEXT_UPDATE_RESULT = JsonLiteral.text(",\"event\":\"update\",\"result\":");
    private static final int TIME = 0;
    private static final int TIME_MS = 1;
    private static final int CHANNEL = 2;
    private static final int EVENT = 3;
    private static final int RESULT = 4;

    private final ByteCursor in = new ByteCursor();
    private final MemberNames names = new MemberNames("time", "time_ms", "channel", "event", "result");
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape timeMillisShape = new ByteCursor.Shape();
    private final JsonLiteral bookChannel;
    private final JsonLiteral tradesChannel;
    private final JsonLiteral bookTickerChannel;
    private final HotChannelDecoder books;
    private final HotChannelDecoder trades;
    private final HotChannelDecoder bookTickers;
    /** The first character at which the three hot channel names all differ ({@code spot.?}, {@code futures.?}). */
    private final int discriminator;
    private final byte bookKey;
    private final byte tradesKey;
    private final byte bookTickerKey;
    private int seen;
    private HotChannelDecoder decoder;

    FastPath(PublicChannels channels, HotChannelDecoder books, HotChannelDecoder trades, HotChannelDecoder bookTickers) {
        this.bookChannel = JsonLiteral.string(channels.book);
        this.tradesChannel = JsonLiteral.string(channels.trades);
        this.bookTickerChannel = JsonLiteral.string(channels.bookTicker);
        this.books = books;
        this.trades = trades;
        this.bookTickers = bookTickers;
        this.discriminator = firstDifference(channels.book, channels.trades, channels.bookTicker);
        this.bookKey = (byte) channels.book.charAt(discriminator);
        this.tradesKey = (byte) channels.trades.charAt(discriminator);
        this.bookTickerKey = (byte) channels.bookTicker.charAt(discriminator);
    }

    private static int firstDifference(String a, String b, String c) {
        for (int i = 0; i < Math.min(a.length(), Math.min(b.length(), c.length())); i++) {
            if (a.charAt(i) != b.charAt(i) && b.charAt(i) != c.charAt(i) && a.charAt(i) != c.charAt(i)) {
                return i;
            }
        }
        throw new IllegalArgumentException("hot channel names without a distinguishing character: " + a + ", " + b
                + ", " + c);
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
        HotChannelDecoder decoded;
        try {
            decoded = read(receiveNanos);
        } catch (ByteCursor.Miss miss) {
            return false;
        }
        decoded.emit(sink);
        return true;
    }

    private HotChannelDecoder read(long receiveNanos) {
        seen = 0;
        decoder = null;
        int previous = usualStart(receiveNanos);
        for (int key = names.resume(in, previous); key != MemberNames.END; key = names.next(in, previous)) {
            previous = member(key, receiveNanos);
        }
        in.end();
        if ((seen & bit(RESULT)) == 0) {
            throw ByteCursor.MISS;
        }
        return decoder;
    }

    /**
     * Reads the members in the order Gate.io sends them, {@code {"time":..,"time_ms":..,"channel":"..",
     * "event":"update","result":..}} without whitespace, as straight-line code (one word comparison per stretch
     * between two values, which C2 compiles into one piece), as far as the frame follows it.
     *
     * @return the last member read, or {@link MemberNames#NONE}; the member loop goes on from there
     */
    private int usualStart(long receiveNanos) {
        if (!in.consume(FIRST_TIME)) {
            return MemberNames.NONE;
        }
        in.skipWhole(timeShape);
        seen = bit(TIME);
        if (!in.consume(NEXT_TIME_MS)) {
            return TIME;
        }
        in.skipWhole(timeMillisShape);
        seen |= bit(TIME_MS);
        if (!in.consume(NEXT_CHANNEL)) {
            return TIME_MS;
        }
        channel();
        seen |= bit(CHANNEL);
        if (!in.consume(NEXT_UPDATE_RESULT)) {
            return CHANNEL;
        }
        seen |= bit(EVENT) | bit(RESULT);
        decoder.read(in, receiveNanos);
        return RESULT;
    }

    private int member(int key, long receiveNanos) {
        if (key < 0 || (seen & bit(key)) != 0) {
            throw ByteCursor.MISS;
        }
        seen |= bit(key);
        switch (key) {
            case TIME -> in.skipWhole(timeShape);
            case TIME_MS -> in.skipWhole(timeMillisShape);
            case CHANNEL -> channel();
            case EVENT -> event();
            default -> result(receiveNanos);
        }
        return key;
    }

    private static int bit(int key) {
        return 1 << key;
    }

    /**
     * Reads the channel: one byte picks the candidate (after the opening quote, within the frame or its zero
     * padding), one literal comparison confirms it.
     */
    private void channel() {
        in.peek();
        byte key = in.bytes()[in.position() + 1 + discriminator];
        if (key == bookKey && in.consume(bookChannel)) {
            decoder = books;
        } else if (key == tradesKey && in.consume(tradesChannel)) {
            decoder = trades;
        } else if (key == bookTickerKey && in.consume(bookTickerChannel)) {
            decoder = bookTickers;
        } else {
            throw ByteCursor.MISS;
        }
    }

    private void event() {
        if (!in.consume(UPDATE)) {
            throw ByteCursor.MISS;
        }
    }

    private void result(long receiveNanos) {
        int needed = bit(CHANNEL) | bit(EVENT);
        if ((seen & needed) != needed) {
            throw ByteCursor.MISS;
        }
        decoder.read(in, receiveNanos);
    }
}
