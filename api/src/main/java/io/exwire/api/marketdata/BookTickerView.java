package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;

/**
 * Best bid and ask of one symbol. <b>A reused view: valid only during the callback.</b> Exact values:
 * {@code mantissa × 10^-scale}; sizes in the venue's native unit.
 */
public interface BookTickerView extends MarketDataEvent {

    /** @return the venue's update id for this quote, or 0 when none is sent */
    long updateId();

    /** @return unscaled best bid price */
    long bidPriceMantissa();

    /** @return best bid price scale */
    int bidPriceScale();

    /** @return unscaled best bid size */
    long bidSizeMantissa();

    /** @return best bid size scale */
    int bidSizeScale();

    /** @return unscaled best ask price */
    long askPriceMantissa();

    /** @return best ask price scale */
    int askPriceScale();

    /** @return unscaled best ask size */
    long askSizeMantissa();

    /** @return best ask size scale */
    int askSizeScale();

    /** @return best bid price as a new {@link Decimal} */
    default Decimal bidPrice() {
        return Decimal.of(bidPriceMantissa(), bidPriceScale());
    }

    /** @return best ask price as a new {@link Decimal} */
    default Decimal askPrice() {
        return Decimal.of(askPriceMantissa(), askPriceScale());
    }

    /** @return best bid size as a new {@link Decimal} */
    default Decimal bidSize() {
        return Decimal.of(bidSizeMantissa(), bidSizeScale());
    }

    /** @return best ask size as a new {@link Decimal} */
    default Decimal askSize() {
        return Decimal.of(askSizeMantissa(), askSizeScale());
    }
}
