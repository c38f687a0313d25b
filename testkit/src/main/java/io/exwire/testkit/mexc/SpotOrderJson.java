package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.LedgerException;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;

/**
 * Spot v3 REST shapes of orders and own trades, and MEXC's codes for ledger refusals. Stateless and thread-safe.
 */
final class SpotOrderJson {

    private SpotOrderJson() {
    }

    /** @return MEXC's order type name */
    static String type(OrderState o) {
        if (o.type() == OrderType.MARKET) {
            return "MARKET";
        }
        return switch (o.timeInForce()) {
            case GTC -> "LIMIT";
            case POST_ONLY -> "LIMIT_MAKER";
            case IOC -> "IMMEDIATE_OR_CANCEL";
            case FOK -> "FILL_OR_KILL";
        };
    }

    /** @return MEXC's status name: NEW, PARTIALLY_FILLED, FILLED, CANCELED or PARTIALLY_CANCELED */
    static String status(OrderState o) {
        if (o.status() == OrderStatus.NEW || o.status() == OrderStatus.PARTIALLY_FILLED
                || o.status() == OrderStatus.FILLED) {
            return o.status().name();
        }
        return o.filled().isZero() ? "CANCELED" : "PARTIALLY_CANCELED";
    }

    /**
     * The {@code POST /api/v3/order} reply.
     *
     * @param symbol the venue symbol
     * @param o the order
     * @return the JSON
     */
    static ObjectNode placed(String symbol, OrderState o) {
        return Json.object().put("symbol", symbol).put("orderId", id(o)).put("orderListId", -1)
                .put("price", o.price().toString()).put("origQty", o.size().toString()).put("type", type(o))
                .put("side", o.side().name()).put("transactTime", o.createTimeMillis());
    }

    /**
     * The order shape of query, open-orders and cancel replies.
     *
     * @param symbol the venue symbol
     * @param o the order
     * @return the JSON
     */
    static ObjectNode order(String symbol, OrderState o) {
        return Json.object().put("symbol", symbol).put("orderId", id(o)).put("orderListId", -1)
                .put("clientOrderId", o.text()).put("price", o.price().toString())
                .put("origQty", o.size().toString()).put("executedQty", o.filled().toString())
                .put("cummulativeQuoteQty", o.filledNotional().toString()).put("status", status(o))
                .put("timeInForce", o.timeInForce().name())
                .put("type", type(o)).put("side", o.side().name()).put("stopPrice", "0")
                .put("time", o.createTimeMillis()).put("updateTime", o.updateTimeMillis())
                .put("isWorking", o.isOpen()).put("origQuoteOrderQty", "0");
    }

    /**
     * The {@code GET /api/v3/myTrades} element.
     *
     * @param symbol the venue symbol
     * @param f the fill
     * @return the JSON
     */
    static ObjectNode trade(String symbol, OwnFill f) {
        return Json.object().put("symbol", symbol).put("id", f.tradeId() + "X1")
                .put("orderId", MexcAccount.venueOrderId(MarketType.SPOT, f.orderId())).put("orderListId", -1)
                .put("price", f.price().toString()).put("qty", f.size().toString())
                .put("quoteQty", Decimals.mul(f.price(), f.size()).toString())
                .put("commission", f.fee().toString()).put("commissionAsset", f.feeAsset())
                .put("time", f.timestampMillis()).put("isBuyer", f.side() == Side.BUY)
                .put("isMaker", f.liquidity() == Liquidity.MAKER).put("isBestMatch", true)
                .put("isSelfTrade", false).put("clientOrderId", f.text().isEmpty() ? null : f.text());
    }

    /**
     * @param e a ledger refusal
     * @return MEXC's error for it
     */
    static RestRejection rejection(LedgerException e) {
        return switch (e.reason()) {
            case UNKNOWN_ACCOUNT -> RestRejection.spot(400, 10001, "user does not exist");
            case UNKNOWN_SYMBOL -> RestRejection.spot(400, 30014, "Invalid symbol.");
            case ORDER_NOT_FOUND, ORDER_CLOSED -> RestRejection.spot(400, -2011, "Unknown order sent.");
            case BALANCE_NOT_ENOUGH -> RestRejection.spot(400, 10101, "Insufficient balance");
            case INVALID_SIZE, INVALID_PRICE -> RestRejection.spot(400, 33333, "param is error");
        };
    }

    private static String id(OrderState o) {
        return MexcAccount.venueOrderId(MarketType.SPOT, o.orderId());
    }
}
