package io.exwire.archfixtures.bad.core.codec;

import java.math.BigDecimal;

/** Breaks hotPathHasNoBigDecimal: decodes prices into BigDecimal. */
public final class BigDecimalCodec {
    /**
     * @param text text
     * @return the mantissa
     */
    public long mantissa(String text) {
        return new BigDecimal(text).unscaledValue().longValue();
    }
}
