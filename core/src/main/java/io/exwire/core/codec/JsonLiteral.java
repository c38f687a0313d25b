package io.exwire.core.codec;

import java.nio.charset.StandardCharsets;

/**
 * A short piece of canonical JSON, a quoted string ({@code "spot.trades"}) or a member name with its colon
 * ({@code "price":}), prepared as little-endian 64-bit words so that {@link ByteCursor#consume} recognises it with
 * two to four word comparisons instead of scanning for the closing quote. Immutable and shareable between threads.
 */
public final class JsonLiteral {

    /** The most bytes a literal may have: {@link ByteCursor} keeps this many zero bytes after every frame. */
    static final int MAX_BYTES = 32;

    private final long[] words;
    private final int length;
    private final long lastMask;

    private JsonLiteral(byte[] text) {
        byte[] padded = new byte[(text.length + 7) & ~7];
        System.arraycopy(text, 0, padded, 0, text.length);
        this.words = new long[padded.length >> 3];
        for (int i = 0; i < words.length; i++) {
            words[i] = Swar.load(padded, i << 3);
        }
        this.length = text.length;
        int tail = length & 7;
        this.lastMask = tail == 0 ? -1L : (1L << (tail << 3)) - 1;
    }

    /**
     * @param content the string's content: printable ASCII without quotes or backslashes, at most 30 characters
     * @return the literal {@code "content"}
     * @throws IllegalArgumentException when {@code content} is longer or not plain ASCII
     */
    public static JsonLiteral string(String content) {
        return new JsonLiteral(quoted(content, ""));
    }

    /**
     * @param name the member name: printable ASCII without quotes or backslashes, at most 29 characters
     * @return the literal {@code "name":}
     * @throws IllegalArgumentException when {@code name} is longer or not plain ASCII
     */
    public static JsonLiteral memberName(String name) {
        return new JsonLiteral(quoted(name, ":"));
    }

    private static byte[] quoted(String content, String suffix) {
        String text = '"' + content + '"' + suffix;
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

    long[] words() {
        return words;
    }

    int length() {
        return length;
    }

    long lastMask() {
        return lastMask;
    }

    @Override
    public String toString() {
        byte[] text = new byte[words.length << 3];
        for (int i = 0; i < words.length; i++) {
            for (int b = 0; b < 8; b++) {
                text[(i << 3) + b] = (byte) (words[i] >>> (b << 3));
            }
        }
        return new String(text, 0, length, StandardCharsets.US_ASCII);
    }
}
