package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.LedgerException;
import io.exwire.testkit.market.NewOrder;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.SimulatedLedger;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.util.List;

/**
 * Signed order endpoints: place (201), get, list (open/finished), cancel one, cancel all; spot under
 * {@code /api/v4/spot}, futures under {@code /api/v4/futures/usdt}. Orders go through the shared ledger, so they
 * appear on the private WebSocket channels too. Spot market buys take {@code amount} in the quote currency.
 * Thread-safe.
 */
final class GateioRestOrders {

    private final GateioSimulator sim;
    private final SimulatedLedger ledger;
    private final boolean spot;
    private final String base;

    GateioRestOrders(GateioSimulator sim) {
        this.sim = sim;
        this.ledger = sim.ledger();
        this.spot = sim.market() == MarketType.SPOT;
        this.base = spot ? "/api/v4/spot" : "/api/v4/futures/usdt";
    }

    void register(HttpRouting.Builder http, GateioRestPrivate auth) {
        http.post(base + "/orders", auth.signed(this::place));
        http.get(base + "/orders", auth.signed((req, res, user, body) -> list(req, res, user, auth)));
        http.delete(base + "/orders", auth.signed(this::cancelAll));
        http.get(base + "/orders/{order_id}", auth.signed(this::get));
        http.delete(base + "/orders/{order_id}", auth.signed(this::cancel));
        if (spot) {
            http.get(base + "/open_orders", auth.signed((req, res, user, body) -> openOrders(res, user, auth)));
        }
    }

    private void place(ServerRequest req, ServerResponse res, String userId, String body) {
        JsonNode json = parse(body);
        OrderState placed = ledger.place(userId, spot ? spotOrder(json) : futuresOrder(json));
        GateioRest.json(res, 201, render(placed, req));
    }

    private NewOrder spotOrder(JsonNode json) {
        Symbol symbol = GateioRest.listed(sim, json.path("currency_pair").asText(null));
        Side side = side(json.path("side").asText(""));
        boolean market = "market".equals(json.path("type").asText("limit"));
        String text = text(json.path("text").asText(""));
        TimeInForce tif = tif(json.path("time_in_force").asText(market ? "ioc" : "gtc"));
        Decimal amount = decimal(json.path("amount"), "amount");
        if (!market) {
            return new NewOrder(symbol, side, OrderType.LIMIT, decimal(json.path("price"), "price"), amount, tif, text, false);
        }
        Decimal size = side == Side.BUY ? quoteToBase(symbol, amount) : amount;
        return new NewOrder(symbol, side, OrderType.MARKET, null, size, tif, text, false);
    }

    private Decimal quoteToBase(Symbol symbol, Decimal quote) {
        Decimal ask = sim.simulatedMarket().book(symbol).top().askPrice();
        if (ask == null) {
            throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "no liquidity for market buy");
        }
        int scale = sim.simulatedMarket().spec(symbol).sizeScale();
        return Decimals.of(quote.toBigDecimal().divide(ask.toBigDecimal(), scale, java.math.RoundingMode.DOWN), scale);
    }

    private NewOrder futuresOrder(JsonNode json) {
        Symbol symbol = GateioRest.listed(sim, json.path("contract").asText(null));
        Decimal size = decimal(json.path("size"), "size");
        Decimal price = decimal(json.path("price"), "price");
        boolean market = price.isZero();
        TimeInForce tif = tif(json.path("tif").asText(market ? "ioc" : "gtc"));
        if (size.isZero() || (market && tif != TimeInForce.IOC && tif != TimeInForce.FOK)) {
            throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "size must be non-zero; market orders need tif ioc or fok");
        }
        Side side = size.signum() > 0 ? Side.BUY : Side.SELL;
        return new NewOrder(symbol, side, market ? OrderType.MARKET : OrderType.LIMIT, market ? null : price, size.abs(),
                tif, json.path("text").asText(""), json.path("reduce_only").asBoolean(false));
    }

    private void list(ServerRequest req, ServerResponse res, String userId, GateioRestPrivate auth) {
        String name = GateioRest.param(req, spot ? "currency_pair" : "contract", null);
        Symbol symbol = name == null ? null : GateioRest.listed(sim, name);
        boolean open = !"finished".equals(GateioRest.param(req, "status", "open"));
        ArrayNode out = GateioJson.array();
        auth.orders(userId, symbol, open).forEach(o -> out.add(render(o, req)));
        GateioRest.ok(res, out);
    }

    private void openOrders(ServerResponse res, String userId, GateioRestPrivate auth) {
        ArrayNode out = GateioJson.array();
        for (Symbol s : sim.simulatedMarket().symbols()) {
            List<OrderState> open = auth.orders(userId, s, true);
            if (!open.isEmpty()) {
                ObjectNode group = out.addObject().put("currency_pair", GateioJson.venueSymbol(s)).put("total", open.size());
                ArrayNode orders = group.putArray("orders");
                open.forEach(o -> orders.add(GateioOrderJson.spot(o, sim.simulatedMarket().spec(s), null)));
            }
        }
        GateioRest.ok(res, out);
    }

    private void get(ServerRequest req, ServerResponse res, String userId, String body) {
        String id = req.path().pathParameters().get("order_id");
        OrderState o = ledger.queries().order(userId, id)
                .orElseThrow(() -> new GateioRest.RestError(404, "ORDER_NOT_FOUND", "Order not found"));
        GateioRest.ok(res, render(o, req));
    }

    private void cancel(ServerRequest req, ServerResponse res, String userId, String body) {
        OrderState o = ledger.cancel(userId, req.path().pathParameters().get("order_id"));
        GateioRest.ok(res, render(o, req));
    }

    private void cancelAll(ServerRequest req, ServerResponse res, String userId, String body) {
        String name = GateioRest.param(req, spot ? "currency_pair" : "contract", null);
        Symbol symbol = name == null ? null : GateioRest.listed(sim, name);
        String sideParam = GateioRest.param(req, "side", null);
        Side side = sideParam == null ? null : side(sideParam);
        ArrayNode out = GateioJson.array();
        ledger.cancelAll(userId, symbol, side).forEach(o -> out.add(render(o, req)));
        GateioRest.ok(res, out);
    }

    private ObjectNode render(OrderState o, ServerRequest req) {
        var spec = sim.simulatedMarket().spec(o.symbol());
        if (spot) {
            return GateioOrderJson.spot(o, spec, null);
        }
        boolean dec = req.headers().first(HeaderNames.create("X-Gate-Size-Decimal")).map("1"::equals).orElse(false);
        return GateioOrderJson.futures(o, spec, dec, false, null);
    }

    static GateioRest.RestError ledgerError(LedgerException e) {
        return switch (e.reason()) {
            case UNKNOWN_ACCOUNT -> new GateioRest.RestError(401, "INVALID_KEY", "Invalid key provided");
            case UNKNOWN_SYMBOL -> new GateioRest.RestError(400, "INVALID_CURRENCY_PAIR", e.getMessage());
            case ORDER_NOT_FOUND -> new GateioRest.RestError(404, "ORDER_NOT_FOUND", "Order not found");
            case ORDER_CLOSED -> new GateioRest.RestError(400, "ORDER_CLOSED", "Order already finished");
            case BALANCE_NOT_ENOUGH -> new GateioRest.RestError(400, "BALANCE_NOT_ENOUGH", e.getMessage());
            case INVALID_SIZE, INVALID_PRICE -> new GateioRest.RestError(400, "INVALID_PARAM_VALUE", e.getMessage());
        };
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = GateioJson.MAPPER.readTree(body);
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (IOException e) {
            throw new GateioRest.RestError(400, "INVALID_REQUEST_BODY", "Invalid request body: " + e.getMessage());
        }
        throw new GateioRest.RestError(400, "INVALID_REQUEST_BODY", "Request body must be a JSON object");
    }

    private static Decimal decimal(JsonNode node, String field) {
        try {
            return Decimal.parse(node.asText());
        } catch (NumberFormatException e) {
            throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "Invalid " + field + ": " + node);
        }
    }

    private static Side side(String text) {
        return switch (text) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "Invalid side: " + text);
        };
    }

    private static TimeInForce tif(String text) {
        return switch (text) {
            case "gtc" -> TimeInForce.GTC;
            case "ioc" -> TimeInForce.IOC;
            case "fok" -> TimeInForce.FOK;
            case "poc" -> TimeInForce.POST_ONLY;
            default -> throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "Invalid time_in_force: " + text);
        };
    }

    private static String text(String text) {
        if (!text.isEmpty() && !text.matches("t-[0-9A-Za-z_.-]{1,28}")) {
            throw new GateioRest.RestError(400, "INVALID_PARAM_VALUE", "text must start with t- and use [0-9A-Za-z_.-]");
        }
        return text;
    }
}
