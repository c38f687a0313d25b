package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.LedgerException;
import io.exwire.testkit.market.NewOrder;
import io.exwire.testkit.market.OrderState;
import io.helidon.webserver.http.ServerRequest;

/**
 * Futures order submission and cancellation ({@code POST /api/v1/private/order/submit}, {@code /cancel},
 * {@code /cancel_all}) with MEXC's codes: side 1 open long, 2 close short, 3 open short, 4 close long (2 and 4 are
 * reduce-only); type 1 limit, 2 post-only, 3 IOC, 4 FOK, 5 market, 6 market-to-limit; openType 1 or 2. Thread-safe.
 */
final class FuturesOrders {

    private final SimContext ctx;

    FuturesOrders(SimContext ctx) {
        this.ctx = ctx;
    }

    JsonNode submit(MexcAccount account, ServerRequest req, String body) {
        JsonNode json = Json.parseObject(body);
        if (json == null) {
            throw RestRejection.futures(600, "Parameter error");
        }
        Symbol symbol = ctx.symbols().resolve(Json.text(json, "symbol"));
        if (symbol == null) {
            throw RestRejection.futures(1001, "Contract does not exist");
        }
        int side = json.path("side").asInt(0);
        if (side < 1 || side > 4) {
            throw RestRejection.futures(2001, "Wrong order direction");
        }
        int openType = json.path("openType").asInt(0);
        if (openType != 1 && openType != 2) {
            throw RestRejection.futures(2002, "Wrong opening type");
        }
        NewOrder request = request(json, symbol, side);
        OrderState order = ctx.ledger().place(account.userId(), request);
        return FuturesPublicRest.ok(Json.MAPPER.getNodeFactory().numberNode(Long.parseLong(order.orderId())));
    }

    private static NewOrder request(JsonNode json, Symbol symbol, int side) {
        Side direction = side <= 2 ? Side.BUY : Side.SELL;
        boolean reduceOnly = side == 2 || side == 4;
        Decimal vol = decimal(json.get("vol"), 2011, "Order quantity error");
        String text = Json.text(json, "externalOid");
        int type = json.path("type").asInt(0);
        if (type == 5 || type == 6) {
            return new NewOrder(symbol, direction, OrderType.MARKET, null, vol, TimeInForce.IOC, text, reduceOnly);
        }
        Decimal price = decimal(json.get("price"), 2007, "Order price error");
        return new NewOrder(symbol, direction, OrderType.LIMIT, price, vol, timeInForce(type), text, reduceOnly);
    }

    private static TimeInForce timeInForce(int type) {
        return switch (type) {
            case 1 -> TimeInForce.GTC;
            case 2 -> TimeInForce.POST_ONLY;
            case 3 -> TimeInForce.IOC;
            case 4 -> TimeInForce.FOK;
            default -> throw RestRejection.futures(2029, "Error order type");
        };
    }

    JsonNode cancel(MexcAccount account, ServerRequest req, String body) {
        JsonNode ids = Json.parse(body);
        if (ids == null || !ids.isArray() || ids.size() > 50) {
            throw RestRejection.futures(600, "Parameter error");
        }
        ArrayNode out = Json.array();
        for (JsonNode id : ids) {
            out.add(cancelOne(account, id.asText()));
        }
        return FuturesPublicRest.ok(out);
    }

    private JsonNode cancelOne(MexcAccount account, String orderId) {
        var result = Json.object().put("orderId", orderId);
        try {
            Json.number(result, "orderId", Decimal.parse(orderId));
            ctx.ledger().cancel(account.userId(), orderId);
            return result.put("errorCode", 0).put("errorMsg", "success");
        } catch (NumberFormatException e) {
            return result.put("errorCode", 2040).put("errorMsg", "order not exist");
        } catch (LedgerException e) {
            boolean missing = e.reason() == LedgerException.Reason.ORDER_NOT_FOUND;
            return result.put("errorCode", missing ? 2040 : 2041)
                    .put("errorMsg", missing ? "order not exist" : "order state cannot be cancelled");
        }
    }

    JsonNode cancelAll(MexcAccount account, ServerRequest req, String body) {
        JsonNode json = body.isBlank() ? null : Json.parseObject(body);
        String name = json == null ? null : Json.text(json, "symbol");
        Symbol symbol = name == null ? null : ctx.symbols().resolve(name);
        if (name != null && symbol == null) {
            throw RestRejection.futures(1001, "Contract does not exist");
        }
        ctx.ledger().cancelAll(account.userId(), symbol, null);
        return Json.object().put("success", true).put("code", 0);
    }

    private static Decimal decimal(JsonNode node, int code, String message) {
        try {
            if (node == null || node.isNull()) {
                throw RestRejection.futures(code, message);
            }
            return Decimal.parse(Json.decimalText(node));
        } catch (NumberFormatException e) {
            throw RestRejection.futures(code, message);
        }
    }

    /**
     * @param e a ledger refusal
     * @return MEXC's futures error for it
     */
    static RestRejection rejection(LedgerException e) {
        return switch (e.reason()) {
            case UNKNOWN_ACCOUNT -> RestRejection.futures(1000, "Account does not exist");
            case UNKNOWN_SYMBOL -> RestRejection.futures(1001, "Contract does not exist");
            case ORDER_NOT_FOUND -> RestRejection.futures(2040, "order not exist");
            case ORDER_CLOSED -> RestRejection.futures(2041, "order state cannot be cancelled");
            case BALANCE_NOT_ENOUGH -> RestRejection.futures(2005, "Balance insufficient");
            case INVALID_SIZE -> RestRejection.futures(2011, "Order quantity error");
            case INVALID_PRICE -> RestRejection.futures(2007, "Order price error");
        };
    }
}
