package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;

/**
 * One public trade. <b>A reused view: valid only during the callback</b>; copy what you keep (e.g. with
 * {@link #price()}).
 *
 * <p>Prices and sizes are exact: {@code priceMantissa() × 10^-priceScale()}. Sizes are absolute, in the venue's
 * native unit (base asset for spot, contracts for futures); the direction is {@link #takerSide()}.
 */
public interface TradeView extends MarketDataEvent {

    /** Returned by {@link #tradeId()} when the venue sends no trade id. */
    long NO_TRADE_ID = Long.MIN_VALUE;

    /**
     * Returns the venue's trade id, or {@link #NO_TRADE_ID}.
     *
     * @return the venue's trade id, or {@link #NO_TRADE_ID}
     */
    long tradeId();

    /**
     * Returns the unscaled price.
     *
     * @return the unscaled price
     */
    long priceMantissa();

    /**
     * Returns the price scale.
     *
     * @return the price scale
     */
    int priceScale();

    /**
     * Returns the unscaled absolute size.
     *
     * @return the unscaled absolute size
     */
    long sizeMantissa();

    /**
     * Returns the size scale.
     *
     * @return the size scale
     */
    int sizeScale();

    /**
     * Returns the taker's side.
     *
     * @return the taker's side
     */
    Side takerSide();

    /**
     * Returns the price as a new {@link Decimal}.
     *
     * @return the price as a new {@link Decimal}
     */
    default Decimal price() {
        return Decimal.of(priceMantissa(), priceScale());
    }

    /**
     * Returns the size as a new {@link Decimal}.
     *
     * @return the size as a new {@link Decimal}
     */
    default Decimal size() {
        return Decimal.of(sizeMantissa(), sizeScale());
    }
}
