package io.exwire.core.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A short piece of canonical JSON, a quoted string ({@code "spot.trades"}) or a member name with its colon
 * ({@code "price":}), prepared as little-endian 64-bit words so that {@link ByteCursor#consume} recognises it with
 * two to four word comparisons instead of scanning for the closing quote. Immutable and shareable between threads.
 */
public final class JsonLiteral {

    /** The most bytes a literal may have: {@link ByteCursor} keeps this many zero bytes after every frame. */
    static final int MAX_BYTES = 32;

    /** The text as four little-endian words, zero past its end, and masks selecting its bytes in each. */
    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;
    private final long m0;
    private final long m1;
    private final long m2;
    private final long m3;
    private final int length;

    private JsonLiteral(byte[] text) {
        byte[] padded = Arrays.copyOf(text, MAX_BYTES);
        this.w0 = Swar.load(padded, 0);
        this.w1 = Swar.load(padded, 8);
        this.w2 = Swar.load(padded, 16);
        this.w3 = Swar.load(padded, 24);
        this.length = text.length;
        this.m0 = mask(0);
        this.m1 = mask(1);
        this.m2 = mask(2);
        this.m3 = mask(3);
    }

    /** The bytes of word {@code word} that belong to the text. */
    private long mask(int word) {
        int bytes = Math.max(0, Math.min(8, length - (word << 3)));
        return bytes == 8 ? -1L : (1L << (bytes << 3)) - 1;
    }

    /**
     * @param content the string's content: printable ASCII without quotes or backslashes, at most 30 characters
     * @return the literal {@code "content"}
     * @throws IllegalArgumentException when {@code content} is longer or not plain ASCII
     */
    public static JsonLiteral string(String content) {
        return new JsonLiteral(quoted(content, "", ""));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 29 characters
     * @return the literal {@code "name":}
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral memberName(String name) {
        return new JsonLiteral(quoted(name, "", ":"));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 28 characters
     * @return the literal <code>{"name":</code>, an object's opening brace and its first member's name
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral firstMember(String name) {
        return new JsonLiteral(quoted(name, "{", ":"));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 28 characters
     * @return the literal {@code ,"name":}, the comma before a member and its name
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral nextMember(String name) {
        return new JsonLiteral(quoted(name, ",", ":"));
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
        return new JsonLiteral(json.getBytes(StandardCharsets.US_ASCII));
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
     * Whether the text is at {@code at}: four word comparisons, unused words masked out, no loop.
     *
     * @param bytes a frame with at least {@value #MAX_BYTES} readable bytes from {@code at}
     * @param at the offset
     * @return whether they match
     */
    boolean matches(byte[] bytes, int at) {
        long diff = (Swar.load(bytes, at) ^ w0) & m0
                | (Swar.load(bytes, at + 8) ^ w1) & m1
                | (Swar.load(bytes, at + 16) ^ w2) & m2
                | (Swar.load(bytes, at + 24) ^ w3) & m3;
        return diff == 0;
    }

    int length() {
        return length;
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
