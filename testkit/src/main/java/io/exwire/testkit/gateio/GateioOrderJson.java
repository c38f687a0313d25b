package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.OrderState;

/**
 * Gate.io order objects for spot and futures, in the WebSocket ({@code spot.orders}, {@code futures.orders}) and
 * REST shapes. Futures order ids are JSON numbers above 2^53 (plus {@code id_string}), as on the live venue.
 * Stateless and thread-safe.
 */
final class GateioOrderJson {

    private GateioOrderJson() {
    }

    static String finishAs(OrderState o) {
        return switch (o.status()) {
            case NEW, PARTIALLY_FILLED -> "open";
            case FILLED -> "filled";
            case CANCELED -> "cancelled";
            case EXPIRED -> "ioc";
            case REJECTED -> "poc";
        };
    }

    static String tif(TimeInForce tif) {
        return switch (tif) {
            case GTC -> "gtc";
            case IOC -> "ioc";
            case FOK -> "fok";
            case POST_ONLY -> "poc";
        };
    }

    static String side(Side side) {
        return side == Side.BUY ? "buy" : "sell";
    }

    /** A spot order; {@code wsEvent} is put/update/finish for the WebSocket, or null for REST. */
    static ObjectNode spot(OrderState o, InstrumentSpec spec, String wsEvent) {
        ObjectNode n = GateioJson.object();
        n.put("id", o.orderId());
        n.put("text", o.text().isEmpty() ? (wsEvent == null ? "apiv4" : "apiv4-ws") : o.text());
        n.put("amend_text", "-");
        n.put("create_time", Long.toString(o.createTimeMillis() / 1000));
        n.put("update_time", Long.toString(o.updateTimeMillis() / 1000));
        if (wsEvent != null) {
            GateioJson.userNumber(n, "user", o.userId());
            n.put("event", wsEvent);
            n.put("create_time_ms", Long.toString(o.createTimeMillis()));
            n.put("update_time_ms", Long.toString(o.updateTimeMillis()));
        } else {
            n.put("create_time_ms", o.createTimeMillis());
            n.put("update_time_ms", o.updateTimeMillis());
            n.put("status", o.isOpen() ? "open" : o.status() == OrderStatus.FILLED ? "closed" : "cancelled");
        }
        n.put("currency_pair", GateioJson.venueSymbol(o.symbol()));
        n.put("type", o.type() == OrderType.MARKET ? "market" : "limit");
        n.put("account", "spot");
        n.put("side", side(o.side()));
        n.put("amount", GateioJson.str(o.size()));
        n.put("price", GateioJson.str(o.price()));
        n.put("time_in_force", tif(o.timeInForce()));
        n.put("iceberg", "0");
        n.put("left", GateioJson.str(o.left()));
        n.put("filled_amount", GateioJson.str(o.filled()));
        n.put("fill_price", GateioJson.str(o.filledNotional()));
        n.put("filled_total", GateioJson.str(o.filledNotional()));
        n.put("avg_deal_price", GateioJson.str(o.averageFillPrice(spec.contractSize())));
        n.put("fee", GateioJson.str(o.fee()));
        n.put("fee_currency", o.feeAsset().isEmpty() ? feeAssetBeforeFill(o) : o.feeAsset());
        n.put("point_fee", "0");
        n.put("gt_fee", "0");
        n.put("gt_discount", false);
        n.put("rebated_fee", "0");
        n.put("rebated_fee_currency", o.symbol().quote());
        n.put("stp_id", 0);
        n.put("stp_act", "-");
        n.put("finish_as", finishAs(o));
        return n;
    }

    private static String feeAssetBeforeFill(OrderState o) {
        return o.side() == Side.BUY ? o.symbol().base() : o.symbol().quote();
    }

    /** A futures order; {@code ws} selects the WebSocket shape (ms integers, numbers for prices). */
    static ObjectNode futures(OrderState o, InstrumentSpec spec, boolean decimalSizes, boolean ws, String wsFinishAs) {
        ObjectNode n = GateioJson.object();
        n.put("id", Long.parseLong(o.orderId()));
        n.put("id_string", o.orderId());
        n.put("contract", GateioJson.venueSymbol(o.symbol()));
        Decimal signedSize = o.side() == Side.BUY ? o.size() : o.size().negate();
        Decimal signedLeft = o.side() == Side.BUY ? o.left() : o.left().negate();
        GateioJson.size(n, "size", signedSize, decimalSizes);
        GateioJson.size(n, "left", signedLeft, decimalSizes);
        GateioJson.size(n, "iceberg", Decimal.ZERO, decimalSizes);
        n.put("status", o.isOpen() ? "open" : "finished");
        n.put("finish_as", futuresFinishAs(o, wsFinishAs));
        n.put("text", o.text().isEmpty() ? "api" : o.text());
        n.put("tif", tif(o.timeInForce()));
        n.put("is_reduce_only", o.reduceOnly());
        n.put("is_close", false);
        n.put("is_liq", false);
        n.put("refu", 0);
        n.put("stp_id", "0");
        n.put("stp_act", "-");
        n.put("amend_text", "-");
        n.put("biz_info", "-");
        putTimesAndPrices(n, o, spec, ws);
        return n;
    }

    private static String futuresFinishAs(OrderState o, String wsFinishAs) {
        if (wsFinishAs != null) {
            return wsFinishAs;
        }
        return o.isOpen() ? "" : finishAs(o);
    }

    private static void putTimesAndPrices(ObjectNode n, OrderState o, InstrumentSpec spec, boolean ws) {
        long finishMs = o.isOpen() ? 0 : o.updateTimeMillis();
        if (ws) {
            putWsFutures(n, o, spec, finishMs);
        } else {
            putRestFutures(n, o, spec, finishMs);
        }
    }

    private static void putWsFutures(ObjectNode n, OrderState o, InstrumentSpec spec, long finishMs) {
        n.put("user", o.userId());
        n.put("create_time", o.createTimeMillis() / 1000);
        n.put("create_time_ms", o.createTimeMillis());
        n.put("finish_time", finishMs / 1000);
        n.put("finish_time_ms", finishMs);
        GateioJson.number(n, "price", o.price());
        GateioJson.number(n, "fill_price", o.averageFillPrice(spec.contractSize()));
        GateioJson.number(n, "mkfr", spec.makerFeeRate());
        GateioJson.number(n, "tkfr", spec.takerFeeRate());
        n.put("refr", 0);
        n.put("update_id", o.updateSeq());
        n.put("update_time", o.updateTimeMillis());
    }

    private static void putRestFutures(ObjectNode n, OrderState o, InstrumentSpec spec, long finishMs) {
        GateioJson.userNumber(n, "user", o.userId());
        GateioJson.number(n, "create_time", secondsWithMillis(o.createTimeMillis()));
        if (finishMs > 0) {
            GateioJson.number(n, "finish_time", secondsWithMillis(finishMs));
        }
        n.put("update_time", o.updateTimeMillis());
        n.put("price", GateioJson.str(o.price()));
        n.put("fill_price", GateioJson.str(o.averageFillPrice(spec.contractSize())));
        n.put("mkfr", GateioJson.str(spec.makerFeeRate()));
        n.put("tkfr", GateioJson.str(spec.takerFeeRate()));
        n.put("close", false);
        n.put("reduce_only", o.reduceOnly());
        n.put("refr", "0");
    }

    static Decimal secondsWithMillis(long millis) {
        return Decimal.of(millis, 3);
    }
}
