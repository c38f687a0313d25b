package io.exwire.core.marketdata;

import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

/** The reusable {@link BookTickerView} a decoder fills per quote. Not thread-safe; owned by one decoder. */
public final class MutableBookTicker implements BookTickerView {
    private final ExchangeId exchange;
    private final MarketType market;
    private Symbol symbol;
    private long exchangeTs;
    private long receiveNanos;
    private long updateId;
    private long bidPx;
    private int bidPxScale;
    private long bidSz;
    private int bidSzScale;
    private long askPx;
    private int askPxScale;
    private long askSz;
    private int askSzScale;

    /**
     * @param exchange the venue
     * @param market the market
     */
    public MutableBookTicker(ExchangeId exchange, MarketType market) {
        this.exchange = exchange;
        this.market = market;
    }

    /**
     * @param symbol the symbol
     * @param exchangeTimestampMillis venue time
     * @param receiveTimestampNanos local receive time
     * @param id venue update id or 0
     * @return this
     */
    public MutableBookTicker envelope(Symbol symbol, long exchangeTimestampMillis, long receiveTimestampNanos, long id) {
        this.symbol = symbol;
        this.exchangeTs = exchangeTimestampMillis;
        this.receiveNanos = receiveTimestampNanos;
        this.updateId = id;
        return this;
    }

    /**
     * @param price mantissa
     * @param priceScale scale
     * @param size absolute size mantissa
     * @param sizeScale scale
     * @return this
     */
    public MutableBookTicker bid(long price, int priceScale, long size, int sizeScale) {
        bidPx = price;
        bidPxScale = priceScale;
        bidSz = size;
        bidSzScale = sizeScale;
        return this;
    }

    /**
     * @param price mantissa
     * @param priceScale scale
     * @param size absolute size mantissa
     * @param sizeScale scale
     * @return this
     */
    public MutableBookTicker ask(long price, int priceScale, long size, int sizeScale) {
        askPx = price;
        askPxScale = priceScale;
        askSz = size;
        askSzScale = sizeScale;
        return this;
    }

    /** @param ts venue time in epoch ms */
    public void exchangeTimestampMillis(long ts) {
        this.exchangeTs = ts;
    }

    /** @param id venue update id */
    public void updateId(long id) {
        this.updateId = id;
    }

    @Override public ExchangeId exchange() { return exchange; }
    @Override public MarketType market() { return market; }
    @Override public Symbol symbol() { return symbol; }
    @Override public long exchangeTimestampMillis() { return exchangeTs; }
    @Override public long receiveTimestampNanos() { return receiveNanos; }
    @Override public long updateId() { return updateId; }
    @Override public long bidPriceMantissa() { return bidPx; }
    @Override public int bidPriceScale() { return bidPxScale; }
    @Override public long bidSizeMantissa() { return bidSz; }
    @Override public int bidSizeScale() { return bidSzScale; }
    @Override public long askPriceMantissa() { return askPx; }
    @Override public int askPriceScale() { return askPxScale; }
    @Override public long askSizeMantissa() { return askSz; }
    @Override public int askSizeScale() { return askSzScale; }

    @Override
    public String toString() {
        return "BookTicker[" + symbol + " " + bidPrice() + " x " + bidSize() + " / " + askPrice() + " x " + askSize() + "]";
    }
}
