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
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Gate.io USDT futures endpoints under {@code /api/v4/futures/usdt}: {@code POST /orders},
 * {@code DELETE /orders/{id}}, {@code DELETE /orders?contract=}, {@code GET /orders/{id}},
 * {@code GET /orders?status=open} (paged by offset), {@code GET /accounts} (one object),
 * {@code GET /positions?holding=true}, {@code GET /my_trades_timerange} (seconds), and
 * {@code POST /positions/{contract}/leverage?leverage=}. Sizes are contract counts.
 */
final class FuturesTrading implements MarketTrading {

    private static final String BASE = GateioEndpoints.marketPath(MarketType.FUTURES);
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 100;

    private final SignedRest rest;
    private final GateioSymbols symbols = new GateioSymbols();

    FuturesTrading(SignedRest rest) {
        this.rest = rest;
    }

    private Mapping mapping() {
        return new Mapping(MarketType.FUTURES, rest.localNanos(), true, symbols);
    }

    @Override
    public Order place(OrderRequest request) {
        Object body = rest.call(SignedRest.Lane.ORDERS, "POST", BASE + "/orders", "", OrderBodies.futures(request));
        return OrderMapper.futures(JsonTree.object(body), mapping());
    }

    @Override
    public Order cancel(Symbol symbol, String orderId) {
        Object body = rest.call(SignedRest.Lane.CANCELS, "DELETE", BASE + "/orders/" + orderId, "", "");
        return OrderMapper.futures(JsonTree.object(body), mapping());
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        Object body = rest.call(SignedRest.Lane.CANCELS, "DELETE", BASE + "/orders", contract(symbol), "");
        return map(JsonTree.list(body), OrderMapper::futures);
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/orders/" + orderId, "", "");
        return OrderMapper.futures(JsonTree.object(body), mapping());
    }

    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        String filter = symbol.map(s -> contract(s) + "&").orElse("");
        List<Order> out = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/orders",
                    filter + "status=open&limit=" + PAGE + "&offset=" + page * PAGE, "");
            List<Object> orders = JsonTree.list(body);
            out.addAll(map(orders, OrderMapper::futures));
            if (orders.size() < PAGE) {
                break;
            }
        }
        return out;
    }

    @Override
    public List<Balance> balances() {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/accounts", "", "");
        return map(JsonTree.list(body), AccountMapper::futuresAccount);
    }

    @Override
    public List<Position> positions() {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/positions", "holding=true", "");
        List<Position> out = new ArrayList<>();
        for (Position p : map(JsonTree.list(body), AccountMapper::position)) {
            if (!p.size().isZero()) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        Object body = rest.call(SignedRest.Lane.GENERAL, "GET", BASE + "/my_trades_timerange",
                contract(symbol) + "&from=" + sinceEpochMillis / 1000 + "&limit=1000", "");
        List<OwnTrade> trades = new ArrayList<>(map(JsonTree.list(body), FillMapper::futures));
        trades.sort(java.util.Comparator.comparingLong(OwnTrade::exchangeTimestampMillis));
        return trades;
    }

    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        if (leverage < 0) {
            throw new IllegalArgumentException("leverage must not be negative (0 selects cross margin)");
        }
        rest.call(SignedRest.Lane.GENERAL, "POST", BASE + "/positions/" + GateioSymbols.venue(symbol) + "/leverage",
                "leverage=" + leverage, "");
    }

    private static String contract(Symbol symbol) {
        return "contract=" + GateioSymbols.venue(symbol);
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
