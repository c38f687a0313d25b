package io.exwire.cli.jsonl;

import io.exwire.api.marketdata.BookGap;
import io.exwire.api.marketdata.BookResynced;
import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.cli.sink.MarketSink;

/** Writes the events of one public component as JSON lines: {@code trade}, {@code bbo}, {@code book}, {@code ticker}, ... */
public final class JsonlMarketSink extends JsonlSinkBase implements MarketSink {

    private final int bookDepth;

    /**
     * @param output the destination
     * @param venue the venue
     * @param market the market
     * @param bookDepth levels per side written for {@code book} events
     */
    public JsonlMarketSink(JsonlOutput output, ExchangeId venue, MarketType market, int bookDepth) {
        super(output, venue, market);
        this.bookDepth = bookDepth;
    }

    @Override
    public synchronized void trade(TradeView t) {
        JsonLine line = start("trade").symbol("symbol", t.symbol());
        if (t.tradeId() != TradeView.NO_TRADE_ID) {
            line.numberAsString("tradeId", t.tradeId());
        }
        line.decimal("price", t.priceMantissa(), t.priceScale())
                .decimal("size", t.sizeMantissa(), t.sizeScale())
                .string("side", Lower.of(t.takerSide()));
        finish(t.exchangeTimestampMillis(), t.receiveTimestampNanos());
    }

    @Override
    public synchronized void bbo(BookTickerView q) {
        start("bbo").symbol("symbol", q.symbol())
                .decimal("bidPrice", q.bidPriceMantissa(), q.bidPriceScale())
                .decimal("bidSize", q.bidSizeMantissa(), q.bidSizeScale())
                .decimal("askPrice", q.askPriceMantissa(), q.askPriceScale())
                .decimal("askSize", q.askSizeMantissa(), q.askSizeScale());
        finish(q.exchangeTimestampMillis(), q.receiveTimestampNanos());
    }

    @Override
    public synchronized void book(OrderBookView b) {
        JsonLine line = start("book").symbol("symbol", b.symbol()).beginLevels("bids");
        int priceScale = b.priceScale();
        int sizeScale = b.sizeScale();
        for (int i = 0, n = Math.min(bookDepth, b.bidCount()); i < n; i++) {
            line.level(b.bidPriceMantissa(i), priceScale, b.bidSizeMantissa(i), sizeScale);
        }
        line.endLevels().beginLevels("asks");
        for (int i = 0, n = Math.min(bookDepth, b.askCount()); i < n; i++) {
            line.level(b.askPriceMantissa(i), priceScale, b.askSizeMantissa(i), sizeScale);
        }
        line.endLevels().number("sequence", b.sequence());
        finish(b.exchangeTimestampMillis(), b.receiveTimestampNanos());
    }

    @Override
    public synchronized void ticker(Ticker t) {
        start("ticker").symbol("symbol", t.symbol())
                .decimal("last", t.last())
                .decimal("bid", t.bid())
                .decimal("ask", t.ask())
                .decimal("high24h", t.high24h())
                .decimal("low24h", t.low24h())
                .decimal("volume24h", t.volume24h())
                .decimal("changePct24h", t.changePct24h());
        finish(t.exchangeTimestampMillis(), t.receiveTimestampNanos());
    }

    @Override
    public synchronized void bookGap(BookGap gap) {
        start("gap").symbol("symbol", gap.symbol())
                .number("expected", gap.expected())
                .number("received", gap.received())
                .string("reason", gap.reason());
        finish(0, Clocks.epochNanos());
    }

    @Override
    public synchronized void resynced(BookResynced resynced) {
        start("resynced").symbol("symbol", resynced.symbol()).number("sequence", resynced.sequence());
        finish(0, Clocks.epochNanos());
    }
}
