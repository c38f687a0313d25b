package io.exwire.cli.jsonl;

import io.exwire.api.marketdata.BookTickerView;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.List;

/** Minimal implementations of the reused market-data views, for formatting tests. */
public final class Views {

    public static final ExchangeId GATEIO = ExchangeId.of("gateio");
    public static final Symbol BTC = Symbol.of("BTC", "USDT");

    private Views() {
    }

    public record Trade(long tradeId, long priceMantissa, int priceScale, long sizeMantissa, int sizeScale, Side takerSide,
                 long exchangeTimestampMillis, long receiveTimestampNanos) implements TradeView {
        @Override
        public ExchangeId exchange() {
            return GATEIO;
        }

        @Override
        public MarketType market() {
            return MarketType.SPOT;
        }

        @Override
        public Symbol symbol() {
            return BTC;
        }
    }

    public record Quote(long bidPriceMantissa, int bidPriceScale, long bidSizeMantissa, int bidSizeScale,
                 long askPriceMantissa, int askPriceScale, long askSizeMantissa, int askSizeScale,
                 long exchangeTimestampMillis, long receiveTimestampNanos) implements BookTickerView {
        @Override
        public long updateId() {
            return 0;
        }

        @Override
        public ExchangeId exchange() {
            return GATEIO;
        }

        @Override
        public MarketType market() {
            return MarketType.FUTURES;
        }

        @Override
        public Symbol symbol() {
            return BTC;
        }
    }

    /** A book whose levels are {price, size} mantissa pairs sharing one price and one size scale. */
    public record Book(long[][] bids, long[][] asks, int priceScale, int sizeScale, long sequence,
                long exchangeTimestampMillis, long receiveTimestampNanos) implements OrderBookView {
        @Override
        public int bidCount() {
            return bids.length;
        }

        @Override
        public int askCount() {
            return asks.length;
        }

        @Override
        public long bidPriceMantissa(int level) {
            return bids[level][0];
        }

        @Override
        public long bidSizeMantissa(int level) {
            return bids[level][1];
        }

        @Override
        public long askPriceMantissa(int level) {
            return asks[level][0];
        }

        @Override
        public long askSizeMantissa(int level) {
            return asks[level][1];
        }

        @Override
        public OrderBookSnapshot snapshot(int depth) {
            return new OrderBookSnapshot(BTC, sequence, levels(bids, depth), levels(asks, depth), exchangeTimestampMillis);
        }

        private List<PriceLevel> levels(long[][] side, int depth) {
            List<PriceLevel> levels = new ArrayList<>();
            for (int i = 0; i < Math.min(depth, side.length); i++) {
                levels.add(new PriceLevel(Decimal.of(side[i][0], priceScale), Decimal.of(side[i][1], sizeScale)));
            }
            return levels;
        }

        @Override
        public ExchangeId exchange() {
            return GATEIO;
        }

        @Override
        public MarketType market() {
            return MarketType.SPOT;
        }

        @Override
        public Symbol symbol() {
            return BTC;
        }
    }
}
