package io.exwire.api.marketdata;

import io.exwire.api.model.Decimal;

/**
 * The local order book of one symbol after an update was applied. <b>A reused view: valid only during the
 * callback</b>; use {@link #snapshot(int)} to keep a copy.
 *
 * <p>Level 0 is the best price; bids descend, asks ascend; at most the configured depth per side. All prices of
 * one book share {@link #priceScale()} and all sizes {@link #sizeScale()}, so mantissas compare directly.
 */
public interface OrderBookView extends MarketDataEvent {

    /**
     * Returns the venue's last update id or version applied.
     *
     * @return the venue's last update id or version applied
     */
    long sequence();

    /**
     * Returns number of bid levels.
     *
     * @return number of bid levels
     */
    int bidCount();

    /**
     * Returns number of ask levels.
     *
     * @return number of ask levels
     */
    int askCount();

    /**
     * Returns the price scale of every level.
     *
     * @return the price scale of every level
     */
    int priceScale();

    /**
     * Returns the size scale of every level.
     *
     * @return the size scale of every level
     */
    int sizeScale();

    /**
     * Returns unscaled price.
     *
     * @param level 0 for the best bid
     * @return unscaled price
     */
    long bidPriceMantissa(int level);

    /**
     * Returns unscaled size.
     *
     * @param level 0 for the best bid
     * @return unscaled size
     */
    long bidSizeMantissa(int level);

    /**
     * Returns unscaled price.
     *
     * @param level 0 for the best ask
     * @return unscaled price
     */
    long askPriceMantissa(int level);

    /**
     * Returns unscaled size.
     *
     * @param level 0 for the best ask
     * @return unscaled size
     */
    long askSizeMantissa(int level);

    /**
     * Copies the top of the book.
     *
     * @param depth levels per side at most
     * @return an immutable copy
     */
    OrderBookSnapshot snapshot(int depth);

    /**
     * Returns the price as a new {@link Decimal}.
     *
     * @param level 0 for the best bid
     * @return the price as a new {@link Decimal}
     */
    default Decimal bidPrice(int level) {
        return Decimal.of(bidPriceMantissa(level), priceScale());
    }

    /**
     * Returns the price as a new {@link Decimal}.
     *
     * @param level 0 for the best ask
     * @return the price as a new {@link Decimal}
     */
    default Decimal askPrice(int level) {
        return Decimal.of(askPriceMantissa(level), priceScale());
    }
}
