package io.exwire.archfixtures.bad.mexc.wire;

/** Correct wire helper. */
public final class AsciiNumbers {
    private AsciiNumbers() {
    }

    /**
     * @param text text
     * @return the number
     */
    public static long parse(String text) {
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
