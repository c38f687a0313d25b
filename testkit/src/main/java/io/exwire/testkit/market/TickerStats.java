package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;

/** Mutable running statistics of one symbol; guarded by {@link SimulatedMarket}'s lock. */
final class TickerStats {

    private final Decimal open;
    private Decimal last;
    private Decimal high;
    private Decimal low;
    private Decimal baseVolume = Decimal.ZERO;
    private Decimal quoteVolume = Decimal.ZERO;

    TickerStats(Decimal open) {
        this.open = open;
        this.last = open;
        this.high = open;
        this.low = open;
    }

    void record(MarketTrade trade, Decimal contractSize) {
        last = trade.price();
        high = high.compareTo(last) >= 0 ? high : last;
        low = low.compareTo(last) <= 0 ? low : last;
        baseVolume = baseVolume.add(trade.size());
        quoteVolume = quoteVolume.add(Decimals.mul(trade.size(), trade.price(), contractSize));
    }

    Ticker24h snapshot(BookTop top) {
        return new Ticker24h(top.symbol(), last, open, high, low, baseVolume, quoteVolume, top);
    }
}
