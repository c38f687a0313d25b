package io.exwire.gateio.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.gateio.wire.Fields;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.WireTime;

/**
 * Maps Gate.io orders (websocket {@code spot.orders}/{@code futures.orders} items and REST order bodies, which share
 * their field names) to {@link Order}. Order ids are kept as text: futures ids exceed 2^53 (a live {@code id_string}
 * is preferred when present). Futures sizes are signed contract counts (positive buys), made absolute with the side
 * separate; a futures price of 0 with {@code ioc}/{@code fok} is a market order.
 */
final class OrderMapper {

    private OrderMapper() {
    }

    static Order spot(Fields f, Mapping m) {
        Decimal size = Mapping.required(f, "amount");
        Decimal left = f.decimal("left");
        Decimal filled = f.has("filled_amount") ? f.decimal("filled_amount") : filled(size, left);
        OrderType type = OrderStatuses.spotType(f.string("type"));
        OrderStatus status = OrderStatuses.status(f.string("status"), f.string("finish_as"),
                f.is("event", "finish"), filled, left);
        return new Order(GateioEndpoints.EXCHANGE, m.market(), m.symbol(f, "currency_pair"), f.string("id"),
                OrderStatuses.clientOrderId(f.string("text")), f.is("side", "sell") ? Side.SELL : Side.BUY, type,
                OrderStatuses.timeInForce(f.string("time_in_force")), type == OrderType.MARKET ? null : positive(f,
                "price"), size, filled, positive(f, "avg_deal_price"), status,
                WireTime.firstMillis(f, "update_time_ms", "create_time_ms", "update_time", "create_time"),
                m.receiveNanos(), m.reconciled());
    }

    static Order futures(Fields f, Mapping m) {
        Decimal signed = Mapping.required(f, "size");
        Decimal size = signed.abs();
        Decimal left = f.has("left") ? f.decimal("left").abs() : null;
        Decimal filled = filled(size, left);
        TimeInForce tif = OrderStatuses.timeInForce(f.string("tif"));
        Decimal price = positive(f, "price");
        OrderType type = price == null && (tif == TimeInForce.IOC || tif == TimeInForce.FOK)
                ? OrderType.MARKET : OrderType.LIMIT;
        String id = f.has("id_string") ? f.string("id_string") : f.string("id");
        return new Order(GateioEndpoints.EXCHANGE, m.market(), m.symbol(f, "contract"), id,
                OrderStatuses.clientOrderId(f.string("text")), signed.signum() < 0 ? Side.SELL : Side.BUY, type, tif,
                price, size, filled, filled.signum() > 0 ? positive(f, "fill_price") : null,
                OrderStatuses.status(f.string("status"), f.string("finish_as"), false, filled, left),
                WireTime.firstMillis(f, "update_time", "finish_time_ms", "create_time_ms", "finish_time",
                        "create_time"), m.receiveNanos(), m.reconciled());
    }

    private static Decimal filled(Decimal size, Decimal left) {
        return left == null ? Decimal.ZERO : size.subtract(left);
    }

    private static Decimal positive(Fields f, String name) {
        Decimal d = f.decimal(name);
        return d == null || d.signum() <= 0 ? null : d;
    }
}
