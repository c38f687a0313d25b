package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;

/**
 * Best bid and ask of one symbol. <b>A reused view: valid only during the callback.</b> Exact values:
 * {@code mantissa × 10^-scale}; sizes in the venue's native unit.
 */
public interface BookTickerView extends MarketDataEvent {

    /**
     * Returns the venue's update id for this quote, or 0 when none is sent.
     *
     * @return the venue's update id for this quote, or 0 when none is sent
     */
    long updateId();

    /**
     * Returns unscaled best bid price.
     *
     * @return unscaled best bid price
     */
    long bidPriceMantissa();

    /**
     * Returns best bid price scale.
     *
     * @return best bid price scale
     */
    int bidPriceScale();

    /**
     * Returns unscaled best bid size.
     *
     * @return unscaled best bid size
     */
    long bidSizeMantissa();

    /**
     * Returns best bid size scale.
     *
     * @return best bid size scale
     */
    int bidSizeScale();

    /**
     * Returns unscaled best ask price.
     *
     * @return unscaled best ask price
     */
    long askPriceMantissa();

    /**
     * Returns best ask price scale.
     *
     * @return best ask price scale
     */
    int askPriceScale();

    /**
     * Returns unscaled best ask size.
     *
     * @return unscaled best ask size
     */
    long askSizeMantissa();

    /**
     * Returns best ask size scale.
     *
     * @return best ask size scale
     */
    int askSizeScale();

    /**
     * Returns best bid price as a new {@link Decimal}.
     *
     * @return best bid price as a new {@link Decimal}
     */
    default Decimal bidPrice() {
        return Decimal.of(bidPriceMantissa(), bidPriceScale());
    }

    /**
     * Returns best ask price as a new {@link Decimal}.
     *
     * @return best ask price as a new {@link Decimal}
     */
    default Decimal askPrice() {
        return Decimal.of(askPriceMantissa(), askPriceScale());
    }

    /**
     * Returns best bid size as a new {@link Decimal}.
     *
     * @return best bid size as a new {@link Decimal}
     */
    default Decimal bidSize() {
        return Decimal.of(bidSizeMantissa(), bidSizeScale());
    }

    /**
     * Returns best ask size as a new {@link Decimal}.
     *
     * @return best ask size as a new {@link Decimal}
     */
    default Decimal askSize() {
        return Decimal.of(askSizeMantissa(), askSizeScale());
    }
}
