package io.exwire.archfixtures.bad.gateio.marketdata;

/** Breaks hotPathHasNoStringFormatting: a decoder formatting per frame. */
public final class FormattingDecoder {
    /**
     * @param symbol symbol
     * @param seq sequence
     * @return a key
     */
    public String key(String symbol, long seq) {
        return String.format("%s#%d", symbol, seq);
    }
}
