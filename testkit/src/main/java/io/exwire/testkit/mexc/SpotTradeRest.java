package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.NewOrder;
import io.exwire.testkit.market.OrderState;
import io.helidon.webserver.http.HttpRouting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spot v3 SIGNED order endpoints: {@code POST/DELETE/GET /api/v3/order}, {@code GET/DELETE /api/v3/openOrders}.
 * Orders go to the shared ledger, so they also appear on the private WebSocket. Thread-safe.
 */
final class SpotTradeRest {

    private final SimContext ctx;

    SpotTradeRest(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(HttpRouting.Builder routing) {
        routing.post("/api/v3/order", SpotAuth.signed(ctx, this::place))
                .delete("/api/v3/order", SpotAuth.signed(ctx, this::cancel))
                .get("/api/v3/order", SpotAuth.signed(ctx, this::query))
                .get("/api/v3/openOrders", SpotAuth.signed(ctx, this::openOrders))
                .delete("/api/v3/openOrders", SpotAuth.signed(ctx, this::cancelAll));
    }

    private JsonNode place(SpotAuth.Signed s) {
        Symbol symbol = symbol(s.param("symbol"));
        Side side = side(s.param("side"));
        NewOrder request = request(s, symbol, side, required(s, "type"));
        OrderState order = ctx.ledger().place(s.account().userId(), request);
        return SpotOrderJson.placed(ctx.symbols().name(symbol), order);
    }

    private NewOrder request(SpotAuth.Signed s, Symbol symbol, Side side, String type) {
        String client = s.param("newClientOrderId");
        return switch (type) {
            case "LIMIT" -> limit(s, symbol, side, TimeInForce.GTC, client);
            case "LIMIT_MAKER" -> limit(s, symbol, side, TimeInForce.POST_ONLY, client);
            case "IMMEDIATE_OR_CANCEL" -> limit(s, symbol, side, TimeInForce.IOC, client);
            case "FILL_OR_KILL" -> limit(s, symbol, side, TimeInForce.FOK, client);
            case "MARKET" -> new NewOrder(symbol, side, OrderType.MARKET, null, marketQuantity(s, symbol, side),
                    TimeInForce.IOC, client, false);
            default -> throw RestRejection.spot(400, 30041, "current order type can not place order");
        };
    }

    private static NewOrder limit(SpotAuth.Signed s, Symbol symbol, Side side, TimeInForce tif, String client) {
        return new NewOrder(symbol, side, OrderType.LIMIT, decimal(required(s, "price")),
                decimal(required(s, "quantity")), tif, client, false);
    }

    private Decimal marketQuantity(SpotAuth.Signed s, Symbol symbol, Side side) {
        if (s.param("quantity") != null) {
            return decimal(s.param("quantity"));
        }
        Decimal quote = decimal(required(s, "quoteOrderQty"));
        var top = ctx.market().book(symbol).top();
        Decimal price = side == Side.BUY ? top.askPrice() : top.bidPrice();
        if (price == null) {
            throw RestRejection.spot(400, 30010, "no valid trade price");
        }
        int scale = ctx.market().spec(symbol).sizeScale();
        var quantity = quote.toBigDecimal().divide(price.toBigDecimal(), scale, java.math.RoundingMode.DOWN);
        return Decimal.of(quantity.unscaledValue().longValueExact(), scale);
    }

    private JsonNode cancel(SpotAuth.Signed s) {
        Symbol symbol = symbol(s.param("symbol"));
        OrderState order = find(s, true).orElseThrow(SpotTradeRest::unknownOrder);
        OrderState cancelled = ctx.ledger().cancel(s.account().userId(), order.orderId());
        return SpotOrderJson.order(ctx.symbols().name(symbol), cancelled)
                .put("origClientOrderId", cancelled.text());
    }

    private JsonNode query(SpotAuth.Signed s) {
        OrderState order = find(s, false).orElseThrow(SpotTradeRest::unknownOrder);
        return SpotOrderJson.order(ctx.symbols().name(order.symbol()), order);
    }

    private JsonNode openOrders(SpotAuth.Signed s) {
        Symbol symbol = s.param("symbol") == null ? null : symbol(s.param("symbol"));
        ArrayNode out = Json.array();
        for (OrderState o : ctx.ledger().queries().openOrders(s.account().userId(), symbol)) {
            out.add(SpotOrderJson.order(ctx.symbols().name(o.symbol()), o));
        }
        return out;
    }

    private JsonNode cancelAll(SpotAuth.Signed s) {
        ArrayNode out = Json.array();
        for (String name : required(s, "symbol").split(",")) {
            Symbol symbol = symbol(name);
            for (OrderState o : ctx.ledger().cancelAll(s.account().userId(), symbol, null)) {
                out.add(SpotOrderJson.order(name, o).put("origClientOrderId", o.text()));
            }
        }
        return out;
    }

    /** Finds the caller's order by {@code orderId} or {@code origClientOrderId}. */
    private Optional<OrderState> find(SpotAuth.Signed s, boolean openOnly) {
        String userId = s.account().userId();
        String orderId = s.param("orderId");
        if (orderId != null) {
            return ctx.ledger().queries().order(userId, MexcAccount.ledgerOrderId(orderId));
        }
        String client = s.param("origClientOrderId");
        if (client == null) {
            throw RestRejection.spot(400, 700004,
                    "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }
        List<OrderState> candidates = new ArrayList<>(ctx.ledger().queries().openOrders(userId, null));
        if (!openOnly) {
            candidates.addAll(ctx.ledger().queries().finishedOrders(userId, null));
        }
        return candidates.stream().filter(o -> client.equals(o.text())).findFirst();
    }

    private Symbol symbol(String name) {
        Symbol symbol = ctx.symbols().resolve(name);
        if (symbol == null) {
            throw RestRejection.spot(400, 30014, "Invalid symbol.");
        }
        return symbol;
    }

    private static Side side(String side) {
        if ("BUY".equals(side)) {
            return Side.BUY;
        }
        if ("SELL".equals(side)) {
            return Side.SELL;
        }
        throw RestRejection.spot(400, 33333, "param is error");
    }

    private static String required(SpotAuth.Signed s, String name) {
        String value = s.param(name);
        if (value == null) {
            throw RestRejection.spot(400, 44444, "param cannot be null: " + name);
        }
        return value;
    }

    private static Decimal decimal(String text) {
        try {
            return Decimal.parse(text);
        } catch (NumberFormatException e) {
            throw RestRejection.spot(400, 33333, "param is error");
        }
    }

    private static RestRejection unknownOrder() {
        return RestRejection.spot(400, -2011, "Unknown order sent.");
    }
}
