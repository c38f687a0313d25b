package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class SimulatedLedgerTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private static Decimal d(String s) {
        return Decimal.parse(s);
    }

    @Test
    void spotLimitBuyLocksQuoteAndFillsPartiallyThenFully() {
        SimulatedMarket market = SimulatedMarket.withDefaults(MarketType.SPOT, 5);
        SimulatedLedger ledger = new SimulatedLedger(market);
        List<LedgerEvent> events = new ArrayList<>();
        ledger.addListener(events::add);
        ledger.addAccount("u1", Map.of("USDT", d("10000")));
        Decimal price = market.book(BTC).top().bidPrice().subtract(d("10"));
        OrderState order = ledger.place("u1", NewOrder.limit(BTC, Side.BUY, price, d("0.1")));
        assertThat(Long.parseLong(order.orderId())).isGreaterThan(1L << 53);
        assertThat((long) (double) Long.parseLong(order.orderId())).isNotEqualTo(Long.parseLong(order.orderId()));
        BalanceState usdt = ledger.queries().balance("u1", "USDT");
        assertThat(usdt.locked()).isEqualTo(Decimals.mul(price, d("0.1")));

        ledger.fill(order.orderId(), d("0.04"));
        assertThat(ledger.queries().order("u1", order.orderId()).orElseThrow().status())
                .isEqualTo(OrderStatus.PARTIALLY_FILLED);
        ledger.fill(order.orderId(), d("0.06"));
        OrderState done = ledger.queries().order("u1", order.orderId()).orElseThrow();
        assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(ledger.queries().balance("u1", "USDT").locked()).isEqualTo(Decimal.ZERO);
        assertThat(ledger.queries().balance("u1", "BTC").total()).isEqualTo(d("0.1").subtract(done.fee()));
        assertThat(ledger.queries().fills("u1", BTC, order.orderId())).hasSize(2);
        assertThat(events).hasAtLeastOneElementOfType(LedgerEvent.FillEvent.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(LedgerEvent.OrderEvent.class);
    }

    @Test
    void cancelReleasesAndInsufficientBalanceIsRefused() {
        SimulatedMarket market = SimulatedMarket.withDefaults(MarketType.SPOT, 5);
        SimulatedLedger ledger = new SimulatedLedger(market);
        ledger.addAccount("u1", Map.of("BTC", d("1")));
        Decimal ask = market.book(BTC).top().askPrice().add(d("100"));
        OrderState order = ledger.place("u1", NewOrder.limit(BTC, Side.SELL, ask, d("0.5")));
        assertThat(ledger.queries().balance("u1", "BTC").available()).isEqualTo(d("0.5"));
        assertThat(ledger.cancel("u1", order.orderId()).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(ledger.queries().balance("u1", "BTC").available()).isEqualTo(d("1"));
        assertThatThrownBy(() -> ledger.place("u1", NewOrder.limit(BTC, Side.SELL, ask, d("2"))))
                .isInstanceOf(LedgerException.class).extracting("reason")
                .isEqualTo(LedgerException.Reason.BALANCE_NOT_ENOUGH);
    }

    @Test
    void marketTradeThroughRestingOrderFillsItAsMaker() {
        SimulatedMarket market = SimulatedMarket.withDefaults(MarketType.SPOT, 9);
        SimulatedLedger ledger = new SimulatedLedger(market);
        ledger.addAccount("u1", Map.of("BTC", d("1")));
        Decimal ask = market.book(BTC).top().askPrice();
        OrderState order = ledger.place("u1", NewOrder.limit(BTC, Side.SELL, ask, d("0.001")));
        market.takerTrade(BTC, Side.BUY, d("0.01"));
        OwnFill fill = ledger.queries().fills("u1", BTC, order.orderId()).get(0);
        assertThat(fill.liquidity()).isEqualTo(io.exwire.api.trading.Liquidity.MAKER);
        assertThat(fill.price()).isEqualTo(ask);
    }

    @Test
    void futuresPositionTracksEntryAndRealisedPnl() {
        SimulatedMarket market = SimulatedMarket.withDefaults(MarketType.FUTURES, 3);
        SimulatedLedger ledger = new SimulatedLedger(market);
        ledger.addAccount("7", Map.of("USDT", d("100000")));
        Decimal bid = market.book(BTC).top().bidPrice();
        OrderState buy = ledger.place("7", NewOrder.limit(BTC, Side.BUY, bid, d("10")));
        ledger.fill(buy.orderId(), d("10"));
        PositionState pos = ledger.queries().position("7", BTC);
        assertThat(pos.size()).isEqualTo(d("10"));
        assertThat(pos.entryPrice()).isEqualTo(bid);
        Decimal higher = bid.add(d("100"));
        OrderState sell = ledger.place("7", new NewOrder(BTC, Side.SELL, OrderType.LIMIT, higher.add(d("1000")), d("4"),
                TimeInForce.GTC, "t-x", true));
        ledger.fill(sell.orderId(), d("4"));
        pos = ledger.queries().position("7", BTC);
        assertThat(pos.size()).isEqualTo(d("6"));
        assertThat(pos.realisedPnl()).isEqualTo(Decimals.mul(d("4"), d("0.0001"), d("1100")));
        assertThatThrownBy(() -> ledger.place("7", new NewOrder(BTC, Side.BUY, OrderType.LIMIT, bid, d("1"),
                TimeInForce.GTC, "", true))).isInstanceOf(LedgerException.class);
    }

    @Test
    void postOnlyCrossingIsRejectedAndIocExpires() {
        SimulatedMarket market = SimulatedMarket.withDefaults(MarketType.SPOT, 5);
        SimulatedLedger ledger = new SimulatedLedger(market);
        ledger.addAccount("u1", Map.of("USDT", d("1000000")));
        Decimal ask = market.book(BTC).top().askPrice();
        Decimal bid = market.book(BTC).top().bidPrice();
        assertThat(ledger.place("u1", new NewOrder(BTC, Side.BUY, OrderType.LIMIT, ask, d("0.1"),
                TimeInForce.POST_ONLY, "", false)).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(ledger.place("u1", new NewOrder(BTC, Side.BUY, OrderType.LIMIT, bid, d("0.1"),
                TimeInForce.IOC, "", false)).status()).isEqualTo(OrderStatus.EXPIRED);
        OrderState taker = ledger.place("u1", new NewOrder(BTC, Side.BUY, OrderType.MARKET, null, d("0.1"),
                TimeInForce.IOC, "", false));
        assertThat(taker.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(ledger.queries().balance("u1", "USDT").locked()).isEqualTo(Decimal.ZERO);
    }
}
