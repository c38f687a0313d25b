package io.exwire.gateio.marketdata;

import io.exwire.core.codec.ByteCursor;
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

    private static final long TIME = ByteCursor.word("time", 0);
    private static final long TIME_MS = ByteCursor.word("time_ms", 0);
    private static final long CHANNEL = ByteCursor.word("channel", 0);
    private static final long EVENT = ByteCursor.word("event", 0);
    private static final long RESULT = ByteCursor.word("result", 0);
    private static final ByteCursor.Literal UPDATE = ByteCursor.literal("update");
    private static final int TIME_SEEN = 1;
    private static final int TIME_MS_SEEN = 2;
    private static final int CHANNEL_SEEN = 4;
    private static final int EVENT_SEEN = 8;
    private static final int RESULT_SEEN = 16;

    private final ByteCursor in = new ByteCursor();
    private final ByteCursor.Shape timeShape = new ByteCursor.Shape();
    private final ByteCursor.Shape timeMillisShape = new ByteCursor.Shape();
    private final ByteCursor.Literal bookChannel;
    private final ByteCursor.Literal tradesChannel;
    private final ByteCursor.Literal bookTickerChannel;
    private final HotChannelDecoder books;
    private final HotChannelDecoder trades;
    private final HotChannelDecoder bookTickers;
    private int seen;
    private HotChannelDecoder decoder;

    FastPath(PublicChannels channels, HotChannelDecoder books, HotChannelDecoder trades, HotChannelDecoder bookTickers) {
        this.bookChannel = ByteCursor.literal(channels.book);
        this.tradesChannel = ByteCursor.literal(channels.trades);
        this.bookTickerChannel = ByteCursor.literal(channels.bookTicker);
        this.books = books;
        this.trades = trades;
        this.bookTickers = bookTickers;
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
        if (!in.objectStart()) {
            throw ByteCursor.MISS;
        }
        do {
            member(receiveNanos);
        } while (in.more('}'));
        in.end();
        if ((seen & RESULT_SEEN) == 0) {
            throw ByteCursor.MISS;
        }
        return decoder;
    }

    private void member(long receiveNanos) {
        in.key();
        int key = keyBit();
        if ((seen & key) != 0) {
            throw ByteCursor.MISS;
        }
        seen |= key;
        switch (key) {
            case TIME_SEEN -> in.skipWhole(timeShape);
            case TIME_MS_SEEN -> in.skipWhole(timeMillisShape);
            case CHANNEL_SEEN -> channel();
            case EVENT_SEEN -> event();
            default -> result(receiveNanos);
        }
    }

    private int keyBit() {
        long w = in.keyWord();
        return switch (in.keyLength()) {
            case 4 -> bitIf(w == TIME, TIME_SEEN);
            case 5 -> bitIf(w == EVENT, EVENT_SEEN);
            case 6 -> bitIf(w == RESULT, RESULT_SEEN);
            case 7 -> w == TIME_MS ? TIME_MS_SEEN : bitIf(w == CHANNEL, CHANNEL_SEEN);
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
        if (in.consume(bookChannel)) {
            decoder = books;
        } else if (in.consume(tradesChannel)) {
            decoder = trades;
        } else if (in.consume(bookTickerChannel)) {
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
        if ((seen & (CHANNEL_SEEN | EVENT_SEEN)) != (CHANNEL_SEEN | EVENT_SEEN)) {
            throw ByteCursor.MISS;
        }
        decoder.read(in, receiveNanos);
    }
}
