package io.exwire.benchmarks;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

import java.nio.charset.StandardCharsets;

/**
 * <b>A prototype, not production code</b>: how fast a Gate.io spot decoder can be when it makes one pass over the
 * frame's bytes, to size the gap between the production path (core's {@code JsonCursor} over a {@code String}) and
 * the targets. It handles the canonical shapes of {@code spot.book_ticker} and {@code spot.order_book_update}
 * (compact JSON, {@code channel} and {@code event} before {@code result}, plain decimals of at most 18 digits) and
 * hands every other frame to the production protocol, the way a fast path with a general fallback would.
 *
 * <p>Differences from the production path that make the difference:
 * <ul>
 *   <li>the frame's characters are copied once into a reused {@code byte[]} ({@code String.getBytes(int, int,
 *   byte[], int)}: an array copy for Latin-1 strings) and parsed from there, so no access pays
 *   {@code String.charAt}'s coder test and bounds check;</li>
 *   <li>numbers are parsed while they are scanned (quoted or not): one pass per number instead of a scan, then a
 *   parse;</li>
 *   <li>field names are told apart by length and first bytes, not by comparing against each candidate name.</li>
 * </ul>
 * The byte copy keeps only the low 8 bits of each character; a production version needs either the transport's raw
 * UTF-8 bytes (no {@code String} at all) or a Latin-1 check. Not thread-safe.
 */
public final class SinglePassPrototype {

    private static final byte[] BOOK_TICKER = "spot.book_ticker".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ORDER_BOOK = "spot.order_book_update".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UPDATE = "update".getBytes(StandardCharsets.US_ASCII);

    /** Thrown to leave the fast path; preallocated, no stack trace. */
    private static final RuntimeException FALLBACK = new RuntimeException("fallback", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private final SymbolTable symbols;
    private final PublicProtocol fallback;
    private final MutableBookTicker ticker = new MutableBookTicker(ExchangeId.of("gateio"), MarketType.SPOT);
    private final BookUpdate update = new BookUpdate();
    private byte[] buf = new byte[4096];
    private int pos;
    private long mantissa;
    private int scale;
    private long fallbacks;

    /**
     * @param symbols the symbol table ({@code BTC_USDT} spellings)
     * @param fallback the production protocol, for every frame the fast path does not handle
     */
    public SinglePassPrototype(SymbolTable symbols, PublicProtocol fallback) {
        this.symbols = symbols;
        this.fallback = fallback;
    }

    /** @return frames handed to the production protocol */
    public long fallbacks() {
        return fallbacks;
    }

    /**
     * @param frame the text frame
     * @param receiveNanos receive time
     * @param sink the sink
     */
    @SuppressWarnings("deprecation")
    public void onText(String frame, long receiveNanos, PublicSink sink) {
        int n = frame.length();
        if (buf.length <= n) {
            buf = new byte[n * 2];
        }
        frame.getBytes(0, n, buf, 0);
        buf[n] = 0;
        try {
            if (!decode(receiveNanos, sink)) {
                fallbacks++;
                fallback.onText(frame, receiveNanos, sink);
            }
        } catch (RuntimeException e) {
            fallbacks++;
            fallback.onText(frame, receiveNanos, sink);
        }
    }

    private boolean decode(long receiveNanos, PublicSink sink) {
        pos = 0;
        expect('{');
        int channelStart = -1;
        int channelLength = 0;
        boolean updateEvent = false;
        while (true) {
            byte c = buf[pos];
            if (c == '}') {
                return false;
            }
            if (c == ',') {
                pos++;
            }
            int keyStart = pos + 1;
            int keyLength = skipString();
            expect(':');
            if (keyLength == 7 && buf[keyStart] == 'c') {
                channelStart = pos + 1;
                channelLength = skipString();
            } else if (keyLength == 5 && buf[keyStart] == 'e' && buf[keyStart + 1] == 'v') {
                int start = pos + 1;
                updateEvent = skipString() == UPDATE.length && equals(start, UPDATE);
            } else if (keyLength == 6 && buf[keyStart] == 'r') {
                if (channelStart < 0 || !updateEvent) {
                    return false;
                }
                if (channelLength == BOOK_TICKER.length && equals(channelStart, BOOK_TICKER)) {
                    bookTicker(receiveNanos, sink);
                    return true;
                }
                if (channelLength == ORDER_BOOK.length && equals(channelStart, ORDER_BOOK)) {
                    orderBook(receiveNanos, sink);
                    return true;
                }
                return false;
            } else if (keyLength == 5 && buf[keyStart] == 'e') {
                return false;
            } else {
                skipValue();
            }
        }
    }

    private void bookTicker(long receiveNanos, PublicSink sink) {
        expect('{');
        Symbol symbol = null;
        long t = 0;
        long u = 0;
        long bid = 0;
        long bidSize = 0;
        long ask = 0;
        long askSize = 0;
        int bidScale = 0;
        int bidSizeScale = 0;
        int askScale = 0;
        int askSizeScale = 0;
        while (buf[pos] != '}') {
            if (buf[pos] == ',') {
                pos++;
            }
            int key = singleByteKey();
            switch (key) {
                case 't' -> t = wholeNumber();
                case 'u' -> u = wholeNumber();
                case 's' -> symbol = symbol();
                case 'b' -> {
                    number();
                    bid = mantissa;
                    bidScale = scale;
                }
                case 'B' -> {
                    number();
                    bidSize = mantissa;
                    bidSizeScale = scale;
                }
                case 'a' -> {
                    number();
                    ask = mantissa;
                    askScale = scale;
                }
                case 'A' -> {
                    number();
                    askSize = mantissa;
                    askSizeScale = scale;
                }
                default -> skipValue();
            }
        }
        if (symbol == null) {
            sink.unknownChannel();
            return;
        }
        ticker.envelope(symbol, t, receiveNanos, u).bid(bid, bidScale, Math.abs(bidSize), bidSizeScale)
                .ask(ask, askScale, Math.abs(askSize), askSizeScale);
        sink.bookTicker(ticker);
    }

    private void orderBook(long receiveNanos, PublicSink sink) {
        expect('{');
        update.begin(null, false, 0, 0, 0, receiveNanos);
        long first = 0;
        long last = 0;
        boolean hasFirst = false;
        while (buf[pos] != '}') {
            if (buf[pos] == ',') {
                pos++;
            }
            int keyStart = pos + 1;
            int keyLength = skipString();
            expect(':');
            byte k = buf[keyStart];
            if (keyLength == 1 && k == 'b') {
                levels(update.bids());
            } else if (keyLength == 1 && k == 'a') {
                levels(update.asks());
            } else if (keyLength == 1 && k == 's') {
                update.symbol(symbol());
            } else if (keyLength == 1 && k == 'U') {
                first = wholeNumber();
                hasFirst = true;
            } else if (keyLength == 1 && k == 'u') {
                last = wholeNumber();
            } else if (keyLength == 1 && k == 't') {
                update.exchangeTimestampMillis(wholeNumber());
            } else if (keyLength == 4 && k == 'f') {
                update.snapshot(buf[pos] == 't');
                skipValue();
            } else {
                skipValue();
            }
        }
        if (update.symbol() == null) {
            sink.unknownChannel();
            return;
        }
        update.ids(hasFirst ? first : last, last);
        sink.book(update);
    }

    private void levels(BookUpdate.Side side) {
        expect('[');
        if (buf[pos] == ']') {
            pos++;
            return;
        }
        while (true) {
            expect('[');
            number();
            long price = mantissa;
            int priceScale = scale;
            expect(',');
            number();
            side.add(price, priceScale, Math.abs(mantissa), scale);
            expect(']');
            byte c = buf[pos++];
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw FALLBACK;
            }
        }
    }

    /** Reads {@code "k":} and returns k, or -1 for a longer name (then positioned on the value). */
    private int singleByteKey() {
        if (buf[pos] != '"') {
            throw FALLBACK;
        }
        if (buf[pos + 2] == '"') {
            int k = buf[pos + 1];
            pos += 3;
            expect(':');
            return k;
        }
        skipString();
        expect(':');
        return -1;
    }

    private Symbol symbol() {
        int start = pos + 1;
        int length = skipString();
        return symbols.lookup(buf, start, length);
    }

    private long wholeNumber() {
        number();
        if (scale != 0) {
            throw FALLBACK;
        }
        return mantissa;
    }

    /** A plain decimal, quoted or not, parsed while it is scanned; anything unusual leaves the fast path. */
    private void number() {
        byte[] b = buf;
        int p = pos;
        boolean quoted = b[p] == '"';
        if (quoted) {
            p++;
        }
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long m = 0;
        int digits = 0;
        int dotAt = -1;
        while (true) {
            int d = b[p] - '0';
            if (d >= 0 && d <= 9) {
                m = m * 10 + d;
                digits++;
            } else if (b[p] == '.' && dotAt < 0) {
                dotAt = digits;
            } else {
                break;
            }
            p++;
        }
        if (digits == 0 || digits > 18 || (quoted && b[p] != '"')) {
            throw FALLBACK;
        }
        pos = quoted ? p + 1 : p;
        mantissa = negative ? -m : m;
        scale = dotAt < 0 ? 0 : digits - dotAt;
    }

    /** Skips a string at {@code pos} (on its quote) and returns its length; escapes leave the fast path. */
    private int skipString() {
        if (buf[pos] != '"') {
            throw FALLBACK;
        }
        int start = ++pos;
        while (true) {
            byte c = buf[pos];
            if (c == '"') {
                break;
            }
            if (c == '\\' || c == 0) {
                throw FALLBACK;
            }
            pos++;
        }
        pos++;
        return pos - 1 - start;
    }

    private void skipValue() {
        byte c = buf[pos];
        if (c == '"') {
            skipString();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            do {
                c = buf[pos];
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                } else if (c == 0) {
                    throw FALLBACK;
                }
                pos++;
            } while (depth > 0);
            return;
        }
        while (true) {
            c = buf[pos];
            if (c == ',' || c == '}' || c == ']') {
                return;
            }
            if (c == 0) {
                throw FALLBACK;
            }
            pos++;
        }
    }

    private void expect(char c) {
        if (buf[pos] != c) {
            throw FALLBACK;
        }
        pos++;
    }

    private boolean equals(int start, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (buf[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
