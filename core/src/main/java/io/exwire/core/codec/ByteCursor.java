package io.exwire.core.codec;

import io.exwire.api.model.Decimal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path's JSON reader: one pass over a text frame's bytes, for decoders that handle the canonical shapes of
 * a venue's hot channels and hand everything else to their exact {@link JsonCursor} decoder. One instance per
 * decoder, {@linkplain #load loaded} per frame; not thread-safe; allocation-free once its buffer fits the largest
 * frame.
 *
 * <p><b>Contract: exact or miss.</b> Every read consumes exactly the JSON it names, or throws the preallocated
 * {@link #MISS} and leaves the frame to the exact decoder. A miss never means "malformed"; it means "not a shape
 * this reader handles": escapes in strings, exponents, empty or {@code null} numbers, numbers of more than 18
 * digits, a second dot, anything after the top-level value, characters above U+00FF in the frame. Anything it
 * accepts it reads exactly as {@link JsonCursor} does. Structure is checked strictly (commas, colons, nesting), so
 * a frame the exact decoder would reject is never accepted here.
 *
 * <p>How it is fast: the frame's characters are copied once into a reused {@code byte[]} by the JDK's vectorized
 * ISO-8859-1 encoder, which also proves that no character needs more than 8 bits (a lossy copy could turn U+4E22
 * into a quote); numbers are parsed while they are scanned, eight digits at
 * a time (SWAR: one 64-bit load, a digit mask, three multiplications); field names are read as one or two 64-bit
 * words ({@link #word}), or recognised whole as prepared {@link JsonLiteral}s through {@link MemberNames}.
 *
 * <pre>{@code
 * if (!in.load(frame)) return false;          // not Latin-1: exact path
 * try {
 *     int previous = -1;                      // MemberNames("price", ...): PRICE == 0
 *     for (int key = names.first(in); key != MemberNames.END; key = names.next(in, previous)) {
 *         if (key == PRICE) { in.decimal(); price = in.mantissa(); scale = in.scale(); }
 *         else in.skipValue();
 *         previous = key < 0 ? previous : key;
 *     }
 *     in.end();
 * } catch (ByteCursor.Miss miss) { return false; }
 * }</pre>
 */
public final class ByteCursor {

    /** Signals "not a shape the fast path handles"; preallocated, no stack trace. */
    public static final class Miss extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Miss() {
            super("fast-path miss", null, false, false);
        }
    }

    /** The one {@link Miss} instance. */
    public static final Miss MISS = new Miss();

    /**
     * Zero bytes kept after the frame so 64-bit loads near its end (up to a {@link JsonLiteral}'s length) stay
     * inside the array and stop every scan.
     */
    private static final int PAD = JsonLiteral.MAX_BYTES;
    private static final int MAX_DIGITS = 18;
    /** The most digits a guessed whole number may have (two words). */
    private static final int MAX_GUESSED_WHOLE = 16;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    private final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
    private char[] chars;
    private byte[] bytes;
    private CharBuffer charView;
    private ByteBuffer byteView;
    private int length;
    private int pos;
    private long mantissa;
    private int scale;
    private int digitCount;
    private long secondMantissa;
    private int secondScale;
    private long wholePart;
    private int lastBareDigits;
    /** Digits before the dot of the last decimal when it was quoted, positive and fractional; else 0. */
    private int lastQuotedWhole;
    private int tokenStart;
    private int tokenLength;
    private long keyWord;
    private long keyWord2;
    private int keyLength;

    /** A cursor with room for 1,024-character frames; it grows (once) for longer ones. */
    public ByteCursor() {
        grow(1024);
    }

    /**
     * Packs the first eight characters of an ASCII name the way {@link #keyWord()} and {@link #keyWord2()} report
     * them, for constants.
     *
     * @param name the name, ASCII
     * @param from the first character to pack (0 for {@link #keyWord()}, 8 for {@link #keyWord2()})
     * @return the packed word, unused bytes zero
     */
    public static long word(String name, int from) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        long w = 0;
        for (int i = Math.min(b.length, from + 8) - 1; i >= from; i--) {
            w = (w << 8) | (b[i] & 0xFF);
        }
        return w;
    }

    /**
     * Loads a frame: copies its characters into the byte buffer and positions at the start.
     *
     * @param frame the text frame
     * @return false when a character does not fit in 8 bits (the fast path must not read such a frame)
     */
    public boolean load(String frame) {
        int n = frame.length();
        if (n > chars.length) {
            grow(n + (n >> 1));
        }
        frame.getChars(0, n, chars, 0);
        latin1.reset();
        CoderResult result = latin1.encode(charView.clear().limit(n), byteView.clear(), true);
        Arrays.fill(bytes, n, n + PAD, (byte) 0);
        length = n;
        pos = 0;
        return result.isUnderflow() && byteView.position() == n;
    }

    private void grow(int capacity) {
        chars = new char[capacity];
        bytes = new byte[capacity + PAD];
        charView = CharBuffer.wrap(chars);
        byteView = ByteBuffer.wrap(bytes);
    }

    /** @return the frame's bytes (valid up to {@link #length()}, then zero padding) */
    public byte[] bytes() {
        return bytes;
    }

    /** @return the frame's length */
    public int length() {
        return length;
    }

    /** @return the current offset */
    public int position() {
        return pos;
    }

    /** @return the next non-whitespace byte, without consuming it (0 at the end of the frame) */
    public byte peek() {
        pos = skipWhitespace(pos);
        return bytes[pos];
    }

    /**
     * Consumes {@code c} after optional whitespace.
     *
     * @param c the expected byte
     */
    public void expect(char c) {
        int p = skipWhitespace(pos);
        if (bytes[p] != c) {
            throw MISS;
        }
        pos = p + 1;
    }

    /**
     * Consumes {@code '{'} and tells whether the object has members; an empty object is consumed entirely.
     *
     * @return true when a member follows (then call {@link #key()})
     */
    public boolean objectStart() {
        return containerStart('{', '}');
    }

    /**
     * Consumes {@code '['} and tells whether the array has elements; an empty array is consumed entirely.
     *
     * @return true when an element follows
     */
    public boolean arrayStart() {
        return containerStart('[', ']');
    }

    private boolean containerStart(char open, char close) {
        expect(open);
        int p = skipWhitespace(pos);
        if (bytes[p] == close) {
            pos = p + 1;
            return false;
        }
        pos = p;
        return true;
    }

    /**
     * After a member or element: consumes {@code ','} (true: another follows) or {@code close} (false).
     *
     * @param close {@code '}'} or {@code ']'}
     * @return whether another member or element follows
     */
    public boolean more(char close) {
        int p = skipWhitespace(pos);
        byte c = bytes[p];
        if (c == ',') {
            pos = p + 1;
            return true;
        }
        if (c != close) {
            throw MISS;
        }
        pos = p + 1;
        return false;
    }

    /** Checks that nothing but whitespace follows the top-level value. */
    public void end() {
        if (skipWhitespace(pos) != length) {
            throw MISS;
        }
    }

    /**
     * Reads a member name and its colon; the name is then {@link #keyLength()}, {@link #keyWord()} and
     * {@link #keyWord2()}.
     */
    public void key() {
        int p = skipWhitespace(pos);
        byte[] b = bytes;
        byte c = b[p + 1];
        if (b[p] == '"' && b[p + 2] == '"' && c != '"' && c != '\\') {
            // one-character names (most of a book's): three independent loads instead of a quote search
            keyLength = 1;
            keyWord = c & 0xFF;
            keyWord2 = 0;
            colon(p + 3);
            return;
        }
        readString();
        int n = tokenLength;
        keyLength = n;
        keyWord = masked(tokenStart, n);
        keyWord2 = n > 8 ? masked(tokenStart + 8, n - 8) : 0;
        colon(pos);
    }

    /** Consumes the colon after a name at {@code p}: directly when it is there (canonical frames), else via expect. */
    private void colon(int p) {
        if (bytes[p] == ':') {
            pos = p + 1;
        } else {
            pos = p;
            expect(':');
        }
    }

    private long masked(int at, int n) {
        long w = Swar.load(bytes, at);
        return n >= 8 ? w : w & ((1L << (n << 3)) - 1);
    }

    /** @return the length of the last member name */
    public int keyLength() {
        return keyLength;
    }

    /** @return the first eight bytes of the last member name, little-endian, unused bytes zero */
    public long keyWord() {
        return keyWord;
    }

    /** @return bytes 8 to 15 of the last member name, as {@link #keyWord()}; 0 for names of eight or fewer */
    public long keyWord2() {
        return keyWord2;
    }

    /**
     * Reads a string without escapes; its bytes are then {@link #tokenStart()} and {@link #tokenLength()}.
     */
    public void readString() {
        int p = skipWhitespace(pos);
        if (bytes[p] != '"') {
            throw MISS;
        }
        int start = p + 1;
        int close = closingQuote(start);
        tokenStart = start;
        tokenLength = close - start;
        pos = close + 1;
    }

    /** Finds the closing quote from {@code p}, eight bytes at a time; escapes and the end of the frame miss. */
    private int closingQuote(int p) {
        byte[] b = bytes;
        while (true) {
            long w = Swar.load(b, p);
            long quote = Swar.zeroBytes(w ^ QUOTES);
            long stop = Swar.zeroBytes(w ^ BACKSLASHES) | Swar.zeroBytes(w);
            if (quote != 0 && Long.numberOfTrailingZeros(quote) < Long.numberOfTrailingZeros(stop)) {
                return p + (Long.numberOfTrailingZeros(quote) >>> 3);
            }
            if (stop != 0) {
                throw MISS;
            }
            p += 8;
        }
    }

    /** @return start of the last string (inside the quotes) */
    public int tokenStart() {
        return tokenStart;
    }

    /** @return length of the last string */
    public int tokenLength() {
        return tokenLength;
    }

    /**
     * Consumes the bytes {@code literal} stands for (a quoted string, or a member name with its colon), after
     * optional whitespace, if they are next; otherwise consumes nothing. Compares whole words: a channel name costs
     * two to four comparisons and no scan for the closing quote.
     *
     * @param literal the expected bytes
     * @return whether they were next (and are now consumed)
     */
    public boolean consume(JsonLiteral literal) {
        int p = skipWhitespace(pos);
        if (!literal.matches(bytes, p)) {
            return false;
        }
        pos = p + literal.length();
        return true;
    }

    /**
     * Reads a plain decimal, bare or quoted, into {@link #mantissa()} and {@link #scale()}: an optional minus, at
     * least one digit, optionally a dot and at least one digit; at most 18 digits in all.
     */
    public void decimal() {
        int p = skipWhitespace(pos);
        boolean quoted = bytes[p] == '"';
        if (!shortDecimal(quoted ? p + 1 : p, quoted)) {
            generalDecimal(p);
        }
    }

    private void generalDecimal(int start) {
        byte[] b = bytes;
        int p = start;
        // branches, not conditional moves: predicted, they keep the next load off the dependency chain
        boolean quoted = false;
        if (b[p] == '"') {
            quoted = true;
            p++;
        }
        boolean negative = false;
        if (b[p] == '-') {
            negative = true;
            p++;
        }
        long m = digits(p, 0, 0);
        wholePart = negative ? -m : m;
        p += digitCount;
        int whole = digitCount;
        int s = 0;
        if (b[p] == '.') {
            m = digits(p + 1, m, whole);
            s = digitCount - whole;
            p += 1 + s;
        }
        pos = terminate(p, quoted);
        mantissa = negative ? -m : m;
        scale = s;
        lastQuotedWhole = quotedFractionWhole(quoted && !negative, whole, s);
        lastBareDigits = bareDigits(quoted || negative, whole, s);
    }

    /** The integer-digit count of a quoted positive decimal with a fraction, else 0. */
    private static int quotedFractionWhole(boolean quotedPositive, int whole, int fraction) {
        return quotedPositive && fraction > 0 ? whole : 0;
    }

    /** The digit count a whole-number shape may guess from, or 0 when the number is not a bare unsigned integer. */
    private static int bareDigits(boolean quotedOrNegative, int whole, int fraction) {
        return quotedOrNegative || fraction != 0 || whole > MAX_GUESSED_WHOLE ? 0 : whole;
    }

    /**
     * The common forms without a loop, quoted or bare: {@code d.f} with 1 to 8 digits on each side, or {@code d} with
     * 1 to 8 digits. The digit run of one word finds the dot, of a second word the end. Anything else (signs, longer
     * runs, other bytes) returns false for the general read.
     *
     * @param p the first digit's expected position (after the quote, if any)
     */
    private boolean shortDecimal(int p, boolean quoted) {
        long w = Swar.load(bytes, p);
        int whole = Swar.digitRun(w);
        byte next = bytes[p + whole];
        if (whole == 0) {
            return false;
        }
        long wholeValue = Swar.digitsValue(w, whole);
        if (next == '.') {
            return shortFraction(p + whole + 1, quoted, whole, wholeValue);
        }
        if (!endsNumber(next, quoted)) {
            return false;
        }
        int end = p + whole;
        return shortResult(wholeValue, 0, quoted ? end + 1 : end, 0, quoted ? 0 : whole, wholeValue);
    }

    private boolean shortFraction(int at, boolean quoted, int whole, long wholeValue) {
        long f = Swar.load(bytes, at);
        int fraction = Swar.digitRun(f);
        int end = at + fraction;
        if (fraction == 0 || !endsNumber(bytes[end], quoted)) {
            return false;
        }
        long value = wholeValue * Decimal.powerOfTen(fraction) + Swar.digitsValue(f, fraction);
        return shortResult(value, fraction, quoted ? end + 1 : end, quoted ? whole : 0, 0, wholeValue);
    }

    private static boolean endsNumber(byte c, boolean quoted) {
        return quoted ? c == '"' : isBareEnd(c);
    }

    private boolean shortResult(long value, int fraction, int end, int guessableWhole, int bareDigits,
                                long wholeValue) {
        mantissa = value;
        wholePart = wholeValue;
        scale = fraction;
        pos = end;
        lastQuotedWhole = guessableWhole;
        lastBareDigits = bareDigits;
        return true;
    }

    /**
     * Reads a decimal as {@link #decimal()} does, first guessing that it has the same shape as the last value read
     * with this {@code shape} (a quoted {@code "ddd.dd"}, same digit counts on each side of the dot, as a venue
     * formatting one instrument at a fixed tick sends it). A right guess is checked byte for byte and turns the
     * number's length into a constant, so the next field's position no longer waits on this one's digits; a wrong
     * guess costs one mispredicted branch and the general read, which updates the shape.
     *
     * @param shape the call site's shape, owned by the decoder
     */
    public void decimal(Shape shape) {
        byte[] b = bytes;
        int p = pos;
        int whole = shape.whole;
        int fraction = shape.fraction;
        int dot = p + 1 + whole;
        int close = dot + 1 + fraction;
        if (whole != 0 && b[p] == '"' && b[dot] == '.' && b[close] == '"') {
            long value = Swar.dottedValue(b, p + 1, whole, fraction);
            if (value >= 0) {
                mantissa = value;
                scale = fraction;
                pos = close + 1;
                return;
            }
        }
        decimal();
        // guessable when quoted, positive and fractional with at most eight digits on each side (Swar.dottedValue)
        shape.whole = lastQuotedWhole <= 8 && scale <= 8 ? lastQuotedWhole : 0;
        shape.fraction = scale;
    }

    /**
     * Reads a two-element array of decimals, {@code [first, second]}, as {@code expect('[')},
     * {@link #decimal(Shape) decimal(first)}, {@code expect(',')}, {@link #decimal(Shape) decimal(second)},
     * {@code expect(']')} do (a book level {@code ["price","size"]}); the first is then {@link #mantissa()} /
     * {@link #scale()}, the second {@link #secondMantissa()} / {@link #secondScale()}.
     *
     * @param first the first element's shape
     * @param second the second element's shape
     */
    public void decimalPair(Shape first, Shape second) {
        long first1 = guessedPairStart(first);
        int firstScale = first.fraction;
        if (first1 < 0) {
            expect('[');
            decimal(first);
            first1 = mantissa;
            firstScale = scale;
            expect(',');
        }
        decimal(second);
        expect(']');
        secondMantissa = mantissa;
        secondScale = scale;
        mantissa = first1;
        scale = firstScale;
    }

    /**
     * The canonical start of a pair, {@code ["ddd.dd",} with the shape's digit counts, at the cursor: consumed and
     * its value returned; otherwise -1 and nothing consumed. Every position in it is a constant offset.
     */
    private long guessedPairStart(Shape shape) {
        int p = pos;
        byte[] b = bytes;
        int whole = shape.whole;
        int close = p + 3 + whole + shape.fraction;
        if (whole == 0 || b[p] != '[' || b[p + 1] != '"' || b[p + 2 + whole] != '.' || b[close] != '"'
                || b[close + 1] != ',') {
            return -1;
        }
        long value = Swar.dottedValue(b, p + 2, whole, shape.fraction);
        if (value >= 0) {
            pos = close + 2;
        }
        return value;
    }

    /**
     * Reads a canonical array of bare numbers, {@code [d1,d2]} or {@code [d1,d2,n]} (MEXC futures' book level
     * {@code [price,contracts,orders]}) without whitespace: the two decimals as {@link #decimal()} reads them bare
     * (up to eight digits on each side of the dot, no sign), a third element only as a bare whole number of up to
     * seven digits. Then the first is {@link #mantissa()} / {@link #scale()}, the second {@link #secondMantissa()} /
     * {@link #secondScale()}. Anything else consumes nothing and returns false, for the element-by-element read.
     *
     * @return whether the array was read
     */
    public boolean bareLevel() {
        int start = pos;
        byte[] b = bytes;
        if (b[start] != '[' || !shortDecimal(start + 1, false) || b[pos] != ',') {
            pos = start;
            return false;
        }
        long first = mantissa;
        int firstScale = scale;
        if (!shortDecimal(pos + 1, false)) {
            pos = start;
            return false;
        }
        int end = pos;
        if (b[end] == ',') {
            int n = Swar.digitRun(Swar.load(b, end + 1));
            end += 1 + n;
            if (n == 0 || n == 8) {
                pos = start;
                return false;
            }
        }
        if (b[end] != ']') {
            pos = start;
            return false;
        }
        secondMantissa = mantissa;
        secondScale = scale;
        mantissa = first;
        scale = firstScale;
        pos = end + 1;
        return true;
    }

    /** @return the mantissa of the second element of the last {@link #decimalPair} */
    public long secondMantissa() {
        return secondMantissa;
    }

    /** @return the scale of the second element of the last {@link #decimalPair} */
    public int secondScale() {
        return secondScale;
    }

    /**
     * The last shape a call site read: digits before and after the dot ({@code fraction == 0} for a bare whole
     * number); {@code whole == 0}: no usable guess.
     */
    public static final class Shape {
        private int whole;
        private int fraction;
    }

    /**
     * Appends the digits at {@code p} to {@code acc}, eight per step; {@link #digitCount} becomes {@code have} plus
     * the digits read. Misses when the total would pass 18 or no digit follows.
     */
    private long digits(int p, long acc, int have) {
        byte[] b = bytes;
        long value = acc;
        int count = have;
        int at = p;
        while (true) {
            long w = Swar.load(b, at);
            int n = Swar.digitRun(w);
            if (n == 0 || count + n > MAX_DIGITS) {
                throw MISS;
            }
            value = value * Decimal.powerOfTen(n) + Swar.digitsValue(w, n);
            count += n;
            at += n;
            if (n < 8) {
                digitCount = count;
                return value;
            }
            if (!Swar.isDigit(b[at])) {
                digitCount = count;
                return value;
            }
        }
    }

    private int terminate(int p, boolean quoted) {
        byte c = bytes[p];
        if (quoted) {
            if (c != '"') {
                throw MISS;
            }
            return p + 1;
        }
        if (isBareEnd(c)) {
            return p;
        }
        throw MISS;
    }

    /** @return whether {@code c} may follow a bare number */
    private static boolean isBareEnd(byte c) {
        return c == ',' || c == '}' || c == ']' || isWhitespace(c);
    }

    /** @return the mantissa of the last decimal */
    public long mantissa() {
        return mantissa;
    }

    /** @return the scale of the last decimal */
    public int scale() {
        return scale;
    }

    /**
     * Reads a decimal and truncates it toward zero to a whole number (fractional-millisecond timestamps).
     *
     * @return the whole part
     */
    public long truncatedWhole() {
        decimal();
        return wholePart;
    }

    /**
     * Reads a whole number as {@link #truncatedWhole()} does, first guessing that it has the form of the last value
     * read with this {@code shape}: bare with as many digits (timestamps and ids keep their length for years), or
     * quoted with as many digits on each side of the dot (Gate.io's fractional-millisecond {@code "ddd.dddd"}). A
     * right guess converts the whole digits as two independent words, only checks the fraction's, and makes the
     * number's length a constant. After a right quoted guess {@link #mantissa()} and {@link #scale()} are not
     * defined; the return value is.
     *
     * @param shape the call site's shape, owned by the decoder
     * @return the whole part
     */
    public long truncatedWhole(Shape shape) {
        int fraction = shape.fraction;
        if (fraction == 0 ? wholeGuessed(shape.whole, true) : quotedTruncationGuessed(shape.whole, fraction)) {
            return wholePart;
        }
        long value = truncatedWhole();
        boolean quoted = lastQuotedWhole > 0 && lastQuotedWhole <= MAX_GUESSED_WHOLE && scale <= MAX_GUESSED_WHOLE;
        shape.whole = quoted ? lastQuotedWhole : lastBareDigits;
        shape.fraction = quoted ? scale : 0;
        return value;
    }

    /**
     * A quoted {@code "ddd.dd"} with exactly {@code whole} and {@code fraction} digits (1 to 16 each, 18 in all, as
     * a decimal the general read accepted) at the cursor: consumed, its whole part in {@link #wholePart}.
     */
    private boolean quotedTruncationGuessed(int whole, int fraction) {
        int p = pos;
        byte[] b = bytes;
        int dot = p + 1 + whole;
        int close = dot + 1 + fraction;
        // the close check first keeps the 16-byte digit loads inside the frame's padding
        if (close >= length || b[p] != '"' || b[dot] != '.' || b[close] != '"') {
            return false;
        }
        long value = Swar.digitsAt(b, p + 1, whole);
        if (value < 0 || !Swar.areDigits(b, dot + 1, fraction)) {
            return false;
        }
        wholePart = value;
        pos = close + 1;
        return true;
    }

    /**
     * Reads a whole number as {@link #whole()} does, guessing its length as {@link #truncatedWhole(Shape)} does.
     *
     * @param shape the call site's shape, owned by the decoder
     * @return the value
     */
    public long whole(Shape shape) {
        if (wholeGuessed(shape.whole, true)) {
            return mantissa;
        }
        long value = whole();
        shape.whole = lastBareDigits;
        return value;
    }

    /**
     * Consumes a whole number that the decoder does not need: checked as {@link #whole(Shape)} checks it (misses
     * where it misses), but a right guess converts nothing.
     *
     * @param shape the call site's shape, owned by the decoder
     */
    public void skipWhole(Shape shape) {
        if (!wholeGuessed(shape.whole, false)) {
            whole();
            shape.whole = lastBareDigits;
        }
    }

    /** A bare run of exactly {@code n} digits ending the number at the cursor: consumed, its value in mantissa. */
    private boolean wholeGuessed(int n, boolean convert) {
        int p = pos;
        byte[] b = bytes;
        if (n == 0 || !isBareEnd(b[p + n])) {
            return false;
        }
        if (!convert) {
            if (!Swar.areDigits(b, p, n)) {
                return false;
            }
            pos = p + n;
            return true;
        }
        long value = Swar.digitsAt(b, p, n);
        if (value < 0) {
            return false;
        }
        mantissa = value;
        wholePart = value;
        scale = 0;
        pos = p + n;
        return true;
    }

    /**
     * Reads a whole number, bare or quoted; a fractional one misses.
     *
     * @return the value
     */
    public long whole() {
        decimal();
        if (scale != 0) {
            throw MISS;
        }
        return mantissa;
    }

    /** @return the boolean literal at the cursor */
    public boolean bool() {
        int p = skipWhitespace(pos);
        if (literal(p, "true")) {
            pos = p + 4;
            return true;
        }
        if (literal(p, "false")) {
            pos = p + 5;
            return false;
        }
        throw MISS;
    }

    /** @return whether {@code null} is next; if so it is consumed */
    public boolean nullIfPresent() {
        int p = skipWhitespace(pos);
        if (literal(p, "null")) {
            pos = p + 4;
            return true;
        }
        return false;
    }

    private boolean literal(int p, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (bytes[p + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Skips one value of any kind as {@link JsonCursor#skipValue()} does: strings (without escapes), literals,
     * number characters after a leading minus or digit (JsonCursor rejects a value starting with {@code .}, {@code +}
     * or an exponent), and nested containers.
     */
    public void skipValue() {
        byte c = peek();
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            skipContainer();
        } else if (c == 't' || c == 'f') {
            bool();
        } else if (c == '-' || Swar.isDigit(c)) {
            skipNumber();
        } else if (!nullIfPresent()) {
            throw MISS;
        }
    }

    /**
     * Skips one value as {@link #skipValue()} does, first guessing that it is a bare whole number with as many digits
     * as the last value skipped with this {@code shape} (a member the decoder ignores but the venue always sends,
     * such as a deprecated timestamp): a right guess is checked, not scanned byte by byte.
     *
     * @param shape the call site's shape, owned by the decoder
     */
    public void skipValue(Shape shape) {
        if (wholeGuessed(shape.whole, false)) {
            return;
        }
        int start = skipWhitespace(pos);
        skipValue();
        int n = pos - start;
        boolean bareWhole = n <= MAX_GUESSED_WHOLE && Swar.areDigits(bytes, start, n);
        shape.whole = bareWhole ? n : 0;
    }

    private void skipNumber() {
        int p = pos + 1;
        while (isNumberChar(bytes[p])) {
            p++;
        }
        pos = p;
    }

    private static boolean isNumberChar(byte c) {
        return Swar.isDigit(c) || c == '-' || c == '.' || c == 'e' || c == 'E' || c == '+';
    }

    private void skipContainer() {
        byte[] b = bytes;
        int depth = 0;
        do {
            byte c = b[pos];
            if (c == '"') {
                readString();
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == 0 && pos >= length) {
                throw MISS;
            }
            pos++;
        } while (depth > 0);
    }

    private int skipWhitespace(int p) {
        byte[] b = bytes;
        if (b[p] > ' ') {
            return p;
        }
        int at = p;
        while (isWhitespace(b[at])) {
            at++;
        }
        return at;
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
