package io.exwire.core.marketdata;

import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/** The reusable {@link TradeView} a decoder fills per trade. Not thread-safe; owned by one decoder. */
public final class MutableTrade implements TradeView {
    private final ExchangeId exchange;
    private final MarketType market;
    private Symbol symbol;
    private long exchangeTs;
    private long receiveNanos;
    private long tradeId = NO_TRADE_ID;
    private long price;
    private int priceScale;
    private long size;
    private int sizeScale;
    private Side side;

    /**
     * @param exchange the venue
     * @param market the market
     */
    public MutableTrade(ExchangeId exchange, MarketType market) {
        this.exchange = exchange;
        this.market = market;
    }

    /**
     * Sets the envelope fields.
     *
     * @param symbol the symbol
     * @param exchangeTimestampMillis venue time
     * @param receiveTimestampNanos local receive time
     * @return this
     */
    public MutableTrade envelope(Symbol symbol, long exchangeTimestampMillis, long receiveTimestampNanos) {
        this.symbol = symbol;
        this.exchangeTs = exchangeTimestampMillis;
        this.receiveNanos = receiveTimestampNanos;
        return this;
    }

    /**
     * Sets the trade fields. The size must already be absolute.
     *
     * @param id trade id or {@link #NO_TRADE_ID}
     * @param priceMantissa price
     * @param priceScale price scale
     * @param sizeMantissa absolute size
     * @param sizeScale size scale
     * @param takerSide taker side
     * @return this
     */
    public MutableTrade trade(long id, long priceMantissa, int priceScale, long sizeMantissa, int sizeScale, Side takerSide) {
        this.tradeId = id;
        this.price = priceMantissa;
        this.priceScale = priceScale;
        this.size = sizeMantissa;
        this.sizeScale = sizeScale;
        this.side = takerSide;
        return this;
    }

    /** @param ts venue time in epoch ms */
    public void exchangeTimestampMillis(long ts) {
        this.exchangeTs = ts;
    }

    @Override public ExchangeId exchange() { return exchange; }
    @Override public MarketType market() { return market; }
    @Override public Symbol symbol() { return symbol; }
    @Override public long exchangeTimestampMillis() { return exchangeTs; }
    @Override public long receiveTimestampNanos() { return receiveNanos; }
    @Override public long tradeId() { return tradeId; }
    @Override public long priceMantissa() { return price; }
    @Override public int priceScale() { return priceScale; }
    @Override public long sizeMantissa() { return size; }
    @Override public int sizeScale() { return sizeScale; }
    @Override public Side takerSide() { return side; }

    @Override
    public String toString() {
        return "Trade[" + symbol + " " + side + " " + price() + " x " + size() + " id=" + tradeId + "]";
    }
}
