package io.exwire.cli.demo;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.cli.table.Board;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.VenueSimulator;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulated trading on one venue market, one step at a time: limit orders placed at the top of the book and
 * canceled over the signed REST client (the api, as an application does), fills played by the simulator's
 * account (the rest of the market). The private stream then shows the orders, fills, balances and positions
 * moving. Seeded; each step is logged on the board. Called by one scheduler thread.
 */
final class AccountActivity {

    private static final int MAX_WORKING = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String label;
    private final VenueSimulator simulator;
    private final SimulatedAccount account;
    private final PrivateRestClient rest;
    private final OrderSizer sizer;
    private final List<Symbol> symbols;
    private final Random random;
    private final Board board;
    private final Map<String, WorkingOrder> working = new LinkedHashMap<>();

    AccountActivity(String label, VenueSimulator simulator, SimulatedAccount account, PrivateRestClient rest,
                    OrderSizer sizer, List<Symbol> symbols, Random random, Board board) {
        this.label = label;
        this.simulator = simulator;
        this.account = account;
        this.rest = rest;
        this.sizer = sizer;
        this.symbols = List.copyOf(symbols);
        this.random = random;
        this.board = board;
    }

    /** One action: place, fill or cancel. Failures are logged on the board; the next step goes on. */
    void step() {
        try {
            forgetClosedOrders();
            int roll = random.nextInt(10);
            if (working.isEmpty() || (working.size() < MAX_WORKING && roll < 4)) {
                place();
            } else if (roll < 8) {
                fill(pick());
            } else {
                cancel(pick());
            }
        } catch (RuntimeException e) {
            log("failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void place() {
        Symbol symbol = symbols.get(random.nextInt(symbols.size()));
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        Decimal price = topOfBook(symbol, side);
        Decimal lot = sizer.lot(symbol);
        long lots = sizer.minLots(symbol, price) * (1 + random.nextInt(3));
        Decimal size = OrderSizer.times(lot, lots);
        Order order = rest.placeOrder(OrderRequest.limit(symbol, side, price, size));
        working.put(order.orderId(), new WorkingOrder(symbol, side, price, lot, lots, 0));
        log("REST placeOrder  " + lower(side) + " " + size + " " + symbol + " @ " + price + " -> " + order.orderId());
    }

    private void fill(String orderId) {
        WorkingOrder order = working.get(orderId);
        long remaining = order.remainingLots();
        long lots = remaining > 1 && random.nextBoolean() ? remaining / 2 : remaining;
        Decimal size = OrderSizer.times(order.lot(), lots);
        account.fill(orderId, size);
        if (lots == remaining) {
            working.remove(orderId);
        } else {
            working.put(orderId, order.fill(lots));
        }
        log("market fills     " + size + " of " + orderId + (lots == remaining ? " (filled)" : " (partial)"));
    }

    private void cancel(String orderId) {
        WorkingOrder order = working.remove(orderId);
        rest.cancelOrder(order.symbol(), orderId);
        log("REST cancelOrder " + orderId + " " + order.symbol());
    }

    private String pick() {
        List<String> ids = new ArrayList<>(working.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    private void forgetClosedOrders() {
        working.keySet().retainAll(new HashSet<>(account.openOrderIds()));
    }

    private Decimal topOfBook(Symbol symbol, Side side) {
        OrderBookSnapshot book = simulator.book(symbol, 1);
        List<PriceLevel> levels = side == Side.BUY ? book.bids() : book.asks();
        if (levels.isEmpty()) {
            throw new IllegalStateException("empty book side for " + symbol);
        }
        return levels.get(0).price();
    }

    private void log(String what) {
        board.activity(LocalTime.now().format(TIME) + "  " + label + "  " + what);
    }

    private static String lower(Side side) {
        return side == Side.BUY ? "buy" : "sell";
    }
}
