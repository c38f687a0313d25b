package io.exwire.core.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A short piece of canonical JSON, a quoted string ({@code "spot.trades"}) or a member name with its colon
 * ({@code "price":}), prepared as little-endian 64-bit words so that {@link ByteCursor#consume} recognises it with
 * one to four word comparisons instead of scanning for the closing quote. Immutable and shareable between threads.
 *
 * <p>Why a record: the JIT treats a record's final fields as constants when the record itself is one (a
 * {@code static final} literal), so a decoder's comparison with such a literal compiles to exactly the loads and
 * compares its length needs, with the words as immediates. The components are the text's words (zero past its
 * end) and its length; build literals with the factories, which check the text.
 *
 * @param w0 bytes 0 to 7, little-endian
 * @param w1 bytes 8 to 15
 * @param w2 bytes 16 to 23
 * @param w3 bytes 24 to 31
 * @param length the number of bytes, 1 to {@value #MAX_BYTES}
 */
public record JsonLiteral(long w0, long w1, long w2, long w3, int length) {

    /** The most bytes a literal may have: {@link ByteCursor} keeps this many zero bytes after every frame. */
    static final int MAX_BYTES = 32;

    /**
     * @throws IllegalArgumentException when the length is out of range or a word has bytes past it
     */
    public JsonLiteral {
        if (length < 1 || length > MAX_BYTES || (w0 & ~mask(length, 0)) != 0 || (w1 & ~mask(length, 1)) != 0
                || (w2 & ~mask(length, 2)) != 0 || (w3 & ~mask(length, 3)) != 0) {
            throw new IllegalArgumentException("not a literal's words: length " + length);
        }
    }

    private static JsonLiteral of(byte[] text) {
        byte[] padded = Arrays.copyOf(text, MAX_BYTES);
        return new JsonLiteral(Swar.load(padded, 0), Swar.load(padded, 8), Swar.load(padded, 16),
                Swar.load(padded, 24), text.length);
    }

    /** The bytes of word {@code word} that belong to a text of {@code length} bytes. */
    private static long mask(int length, int word) {
        int bytes = Math.max(0, Math.min(8, length - (word << 3)));
        return bytes == 8 ? -1L : (1L << (bytes << 3)) - 1;
    }

    /**
     * @param content the string's content: printable ASCII without quotes or backslashes, at most 30 characters
     * @return the literal {@code "content"}
     * @throws IllegalArgumentException when {@code content} is longer or not plain ASCII
     */
    public static JsonLiteral string(String content) {
        return of(quoted(content, "", ""));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 29 characters
     * @return the literal {@code "name":}
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral memberName(String name) {
        return of(quoted(name, "", ":"));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 28 characters
     * @return the literal <code>{"name":</code>, an object's opening brace and its first member's name
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral firstMember(String name) {
        return of(quoted(name, "{", ":"));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 28 characters
     * @return the literal {@code ,"name":}, the comma before a member and its name
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral nextMember(String name) {
        return of(quoted(name, ",", ":"));
    }

    /**
     * A fragment of canonical JSON between two values, such as {@code ,"u":} or {@code {"t":}: the bytes a venue
     * sends between the values it writes in its usual order, so that a decoder can check them with one or two word
     * comparisons.
     *
     * @param json printable ASCII without backslashes, at most {@value #MAX_BYTES} characters
     * @return the literal
     * @throws IllegalArgumentException when {@code json} is empty, longer or not plain ASCII
     */
    public static JsonLiteral text(String json) {
        if (json.isEmpty() || json.length() > MAX_BYTES || !isPlainText(json)) {
            throw new IllegalArgumentException("not a short plain ASCII fragment: " + json);
        }
        return of(json.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isPlainText(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < ' ' || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static byte[] quoted(String content, String prefix, String suffix) {
        String text = prefix + '"' + content + '"' + suffix;
        if (text.length() > MAX_BYTES || !isPlain(content)) {
            throw new IllegalArgumentException("not a short plain ASCII literal: " + content);
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isPlain(String content) {
        for (int i = 0; i < content.length(); i++) {
            if (!isPlain(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(int c) {
        return c >= ' ' && c < 0x7F && c != '"' && c != '\\';
    }

    /**
     * Whether the text is at {@code at}: one masked word comparison per eight bytes of text, no loop (for a constant
     * literal the length tests fold away).
     *
     * @param bytes a frame with at least {@value #MAX_BYTES} readable bytes from {@code at}
     * @param at the offset
     * @return whether they match
     */
    boolean matches(byte[] bytes, int at) {
        long diff = (Swar.load(bytes, at) ^ w0) & mask(length, 0);
        if (length > 8) {
            diff |= (Swar.load(bytes, at + 8) ^ w1) & mask(length, 1);
            if (length > 16) {
                diff |= (Swar.load(bytes, at + 16) ^ w2) & mask(length, 2)
                        | (Swar.load(bytes, at + 24) ^ w3) & mask(length, 3);
            }
        }
        return diff == 0;
    }

    @Override
    public String toString() {
        byte[] text = new byte[MAX_BYTES];
        long[] words = {w0, w1, w2, w3};
        for (int i = 0; i < MAX_BYTES; i++) {
            text[i] = (byte) (words[i >> 3] >>> ((i & 7) << 3));
        }
        return new String(text, 0, length, StandardCharsets.US_ASCII);
    }
}
