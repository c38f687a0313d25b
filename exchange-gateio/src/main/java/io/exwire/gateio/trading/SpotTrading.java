package io.exwire.gateio.trading;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.JsonTree;
import io.exwire.gateio.wire.TreeFields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Gate.io spot endpoints under {@code /api/v4/spot}: {@code POST /orders}, {@code DELETE /orders/{id}},
 * {@code DELETE /orders?currency_pair=}, {@code GET /orders/{id}}, {@code GET /orders?status=open} (one pair) and
 * {@code GET /open_orders} (every pair, grouped), {@code GET /accounts}, {@code GET /my_trades} (newest first from
 * the venue; returned oldest first). Open-order lists are paged 100 at a time until a short page.
 */
final class SpotTrading implements MarketTrading {

    private static final String BASE = GateioEndpoints.marketPath(MarketType.SPOT);
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 100;

    private final SignedRest rest;
    private final GateioSymbols symbols = new GateioSymbols();

    SpotTrading(SignedRest rest) {
        this.rest = rest;
    }

    private Mapping mapping() {
        return new Mapping(MarketType.SPOT, rest.localNanos(), true, symbols);
    }

    @Override
    public Order place(OrderRequest request) {
        Object body = rest.call(SignedRest.Lane.ORDERS, "POST", BASE + "/orders", "", OrderBodies.spot(request));
        return OrderMapper.spot(JsonTree.object(body), mapping());
    }

    @Override
    public Order cancel(Symbol symbol, String orderId) {
        Object body = rest.call(SignedRest.Lane.CANCELS, "DELETE", BASE + "/orders/" + orderId, pair(symbol), "");
        return OrderMapper.spot(JsonTree.object(body), mapping());
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        Object body = rest.call(SignedRest.Lane.CANCELS, "DELETE", BASE + "/orders", pair(symbol), "");
        return map(JsonTree.list(body), OrderMapper::spot);
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/orders/" + orderId, pair(symbol), "");
        return OrderMapper.spot(JsonTree.object(body), mapping());
    }

    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        List<Order> out = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            int before = out.size();
            int raw = symbol.isPresent() ? openOfPair(symbol.get(), page, out) : openOfAll(page, out);
            if (raw < PAGE || out.size() == before) {
                break;
            }
        }
        return out;
    }

    private int openOfPair(Symbol symbol, int page, List<Order> out) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/orders",
                pair(symbol) + "&status=open&page=" + page + "&limit=" + PAGE, "");
        List<Object> orders = JsonTree.list(body);
        out.addAll(map(orders, OrderMapper::spot));
        return orders.size();
    }

    private int openOfAll(int page, List<Order> out) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/open_orders",
                "page=" + page + "&limit=" + PAGE, "");
        int largest = 0;
        for (Object group : JsonTree.list(body)) {
            List<Object> orders = JsonTree.object(group).list("orders");
            largest = Math.max(largest, orders.size());
            out.addAll(map(orders, OrderMapper::spot));
        }
        return largest;
    }

    @Override
    public List<Balance> balances() {
        List<Balance> out = new ArrayList<>();
        for (Balance b : map(JsonTree.list(rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/accounts", "", "")),
                AccountMapper::spotBalance)) {
            if (b.total() == null || !b.total().isZero()) {
                out.add(b);
            }
        }
        return out;
    }

    /** @return always empty: spot has no positions */
    @Override
    public List<Position> positions() {
        return List.of();
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/my_trades",
                pair(symbol) + "&limit=1000&from=" + sinceEpochMillis / 1000, "");
        List<OwnTrade> trades = new ArrayList<>(map(JsonTree.list(body), FillMapper::spot));
        Collections.reverse(trades);
        return trades;
    }

    /**
     * Spot has no leverage.
     *
     * @throws io.exwire.api.exception.CapabilityNotSupportedException always: a capability Gate.io spot lacks
     */
    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("gateio spot has no leverage; use the futures market");
    }

    private static String pair(Symbol symbol) {
        return "currency_pair=" + GateioSymbols.venue(symbol);
    }

    private <T> List<T> map(List<Object> items, BiFunction<TreeFields, Mapping, T> mapper) {
        Mapping m = mapping();
        List<T> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(mapper.apply(JsonTree.object(item), m));
        }
        return out;
    }
}
