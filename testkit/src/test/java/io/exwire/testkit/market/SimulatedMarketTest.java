package io.exwire.testkit.market;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class SimulatedMarketTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    private static SimulatedMarket market(long seed) {
        return new SimulatedMarket(MarketType.SPOT, InstrumentSpec.defaults(MarketType.SPOT), seed, FIXED);
    }

    @Test
    void sameSeedGivesSameDeltasAndTrades() {
        SimulatedMarket a = market(42);
        SimulatedMarket b = market(42);
        for (int i = 0; i < 500; i++) {
            MarketStep sa = a.step(List.of());
            MarketStep sb = b.step(List.of());
            assertThat(sa.delta()).isEqualTo(sb.delta());
            assertThat(sa.trade()).isEqualTo(sb.trade());
        }
        assertThat(market(43).step(BTC).delta()).isNotEqualTo(market(42).step(BTC).delta());
    }

    @Test
    void deltasAreContiguousAndRebuildTheBook() {
        SimulatedMarket m = market(7);
        OrderBookSnapshot start = m.snapshot(BTC, 1000);
        TreeMap<Decimal, Decimal> bids = new TreeMap<>(Comparator.reverseOrder());
        TreeMap<Decimal, Decimal> asks = new TreeMap<>();
        start.bids().forEach(l -> bids.put(l.price(), l.size()));
        start.asks().forEach(l -> asks.put(l.price(), l.size()));
        long last = start.sequence();
        int trades = 0;
        for (int i = 0; i < 3000; i++) {
            MarketStep step = m.step(BTC);
            assertThat(step.delta().firstUpdateId()).isEqualTo(last + 1);
            assertThat(step.delta().lastUpdateId()).isGreaterThanOrEqualTo(step.delta().firstUpdateId());
            last = step.delta().lastUpdateId();
            apply(bids, step.delta().bids());
            apply(asks, step.delta().asks());
            trades += step.trade() == null ? 0 : 1;
        }
        OrderBookSnapshot end = m.snapshot(BTC, 1000);
        assertThat(end.sequence()).isEqualTo(last);
        assertThat(levels(bids)).isEqualTo(end.bids());
        assertThat(levels(asks)).isEqualTo(end.asks());
        assertThat(end.bids().get(0).price()).isLessThan(end.asks().get(0).price());
        assertThat(trades).isGreaterThan(100);
        assertThat(m.recentTrades(BTC, 10)).hasSize(10);
        assertThat(m.ticker(BTC).baseVolume().signum()).isPositive();
    }

    @Test
    void skippedIdShowsAsGapInNextDelta() {
        SimulatedMarket m = market(1);
        long before = m.step(BTC).delta().lastUpdateId();
        m.book(BTC).skipUpdateId();
        assertThat(m.step(BTC).delta().firstUpdateId()).isEqualTo(before + 2);
    }

    private static void apply(Map<Decimal, Decimal> side, List<PriceLevel> changes) {
        for (PriceLevel l : changes) {
            if (l.size().isZero()) {
                side.remove(l.price());
            } else {
                side.put(l.price(), l.size());
            }
        }
    }

    private static List<PriceLevel> levels(Map<Decimal, Decimal> side) {
        List<PriceLevel> out = new ArrayList<>();
        side.forEach((p, s) -> out.add(new PriceLevel(p, s)));
        return out;
    }
}
