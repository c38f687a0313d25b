package io.exwire.archfixtures.bad.gateio.wire;

import io.exwire.archfixtures.bad.mexc.wire.AsciiNumbers;

/** Breaks venuesAreIndependentOfEachOther: Gate.io code borrows a MEXC helper. */
public final class UsesMexc {
    /**
     * @param text text
     * @return a number
     */
    public long parse(String text) {
        return AsciiNumbers.parse(text);
    }
}
