package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.LedgerException;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;
import io.exwire.testkit.market.PositionState;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;

import java.util.List;

/**
 * Futures private REST ({@code ApiKey}/{@code Request-Time}/{@code Signature} headers): assets, open positions,
 * open orders, one order, order deals, submit, cancel and cancel-all, on the shared ledger. Thread-safe.
 */
final class FuturesPrivateRest {

    /** A verified request's body. */
    @FunctionalInterface
    private interface Action {
        JsonNode apply(MexcAccount account, ServerRequest req, String body);
    }

    private final SimContext ctx;
    private final FuturesShapes shapes;
    private final FuturesOrders orders;

    FuturesPrivateRest(SimContext ctx, FuturesShapes shapes) {
        this.ctx = ctx;
        this.shapes = shapes;
        this.orders = new FuturesOrders(ctx);
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/api/v1/private/account/assets", signed(this::assets))
                .get("/api/v1/private/account/asset/{currency}", signed(this::asset))
                .get("/api/v1/private/position/open_positions", signed(this::positions))
                .get("/api/v1/private/order/list/open_orders", signed(this::openOrders))
                .get("/api/v1/private/order/list/open_orders/{symbol}", signed(this::openOrders))
                .get("/api/v1/private/order/get/{order_id}", signed(this::order))
                .get("/api/v1/private/order/list/order_deals", signed(this::deals))
                .post("/api/v1/private/order/submit", signed(orders::submit))
                .post("/api/v1/private/order/cancel", signed(orders::cancel))
                .post("/api/v1/private/order/cancel_all", signed(orders::cancelAll));
    }

    private Handler signed(Action action) {
        return RestIo.handle((req, body) -> {
            MexcAccount account = FuturesAuth.verify(ctx, req, body);
            try {
                return action.apply(account, req, body);
            } catch (LedgerException e) {
                throw FuturesOrders.rejection(e);
            }
        });
    }

    private JsonNode assets(MexcAccount account, ServerRequest req, String body) {
        ArrayNode out = Json.array();
        for (BalanceState b : ctx.ledger().queries().balances(account.userId())) {
            out.add(shapes.asset(account.userId(), b));
        }
        return FuturesPublicRest.ok(out);
    }

    private JsonNode asset(MexcAccount account, ServerRequest req, String body) {
        String currency = req.path().pathParameters().get("currency");
        return FuturesPublicRest.ok(shapes.asset(account.userId(),
                ctx.ledger().queries().balance(account.userId(), currency)));
    }

    private JsonNode positions(MexcAccount account, ServerRequest req, String body) {
        Symbol only = optionalSymbol(req.query().first("symbol").orElse(null));
        ArrayNode out = Json.array();
        for (PositionState p : ctx.ledger().queries().positions(account.userId())) {
            if (!p.size().isZero() && (only == null || only.equals(p.symbol()))) {
                out.add(shapes.position(p));
            }
        }
        return FuturesPublicRest.ok(out);
    }

    private JsonNode openOrders(MexcAccount account, ServerRequest req, String body) {
        String name = req.path().pathParameters().contains("symbol")
                ? req.path().pathParameters().get("symbol") : null;
        ArrayNode out = Json.array();
        for (OrderState o : ctx.ledger().queries().openOrders(account.userId(), optionalSymbol(name))) {
            out.add(shapes.order(o));
        }
        return FuturesPublicRest.ok(out);
    }

    private JsonNode order(MexcAccount account, ServerRequest req, String body) {
        String id = req.path().pathParameters().get("order_id");
        OrderState order = ctx.ledger().queries().order(account.userId(), id)
                .orElseThrow(() -> RestRejection.futures(2040, "order not exist"));
        return FuturesPublicRest.ok(shapes.order(order));
    }

    private JsonNode deals(MexcAccount account, ServerRequest req, String body) {
        Symbol symbol = optionalSymbol(req.query().first("symbol").orElse(null));
        int pageSize = Math.min(100, req.query().first("page_size").map(Integer::parseInt).orElse(20));
        List<OwnFill> fills = ctx.ledger().queries().fills(account.userId(), symbol, null);
        ArrayNode out = Json.array();
        for (int i = fills.size() - 1; i >= 0 && out.size() < pageSize; i--) {
            out.add(shapes.deal(fills.get(i)));
        }
        return FuturesPublicRest.ok(out);
    }

    private Symbol optionalSymbol(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Symbol symbol = ctx.symbols().resolve(name);
        if (symbol == null) {
            throw RestRejection.futures(1001, "Contract does not exist");
        }
        return symbol;
    }
}
