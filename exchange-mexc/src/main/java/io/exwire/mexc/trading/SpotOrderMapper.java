package io.exwire.mexc.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.mexc.wire.ProtoFields;

/**
 * Builds api {@link Order}s from MEXC spot orders, pushed ({@code PrivateOrdersV3Api}) or from REST (order
 * objects of {@code /api/v3/order}, {@code /api/v3/openOrders}). Both paths share the same rules so that REST
 * reconciliation compares like with like: price null for market orders, sizes in base, the average fill price only
 * where the venue sends it (pushes), timestamps from the venue. Stateless.
 */
final class SpotOrderMapper {

    /** Field names of a REST order object. */
    static final String[] REST_FIELDS = {"symbol", "orderId", "clientOrderId", "price", "origQty", "Qty",
        "executedQty", "status", "type", "side", "updateTime", "time", "transactTime"};
    private static final int ORDER_ID = 1;
    private static final int CLIENT_ID = 2;
    private static final int PRICE = 3;
    private static final int ORIG_QTY = 4;
    private static final int QTY = 5;
    private static final int EXECUTED = 6;
    private static final int STATUS = 7;
    private static final int TYPE = 8;
    private static final int SIDE = 9;
    private static final int UPDATE_TIME = 10;
    private static final int TIME = 11;
    private static final int TRANSACT_TIME = 12;

    private static final int P_ID = 1;
    private static final int P_CLIENT_ID = 2;
    private static final int P_PRICE = 3;
    private static final int P_QUANTITY = 4;
    private static final int P_AVG_PRICE = 6;
    private static final int P_ORDER_TYPE = 7;
    private static final int P_TRADE_TYPE = 8;
    private static final int P_CUMULATIVE_QUANTITY = 13;
    private static final int P_STATUS = 15;
    private static final int P_CREATE_TIME = 16;

    private SpotOrderMapper() {
    }

    /**
     * @param f a REST order object read with {@link #REST_FIELDS}
     * @param symbol the symbol
     * @param absentStatus the status when the object has none (the new-order answer)
     * @param receiveNanos local receive time
     * @return the order, {@code reconciled} as it comes from REST
     */
    static Order fromRest(JsonFields f, Symbol symbol, OrderStatus absentStatus, long receiveNanos) {
        OrderKind kind = SpotCodes.kind(f.string(TYPE));
        OrderStatus status = f.has(STATUS) ? SpotCodes.status(f.string(STATUS)) : absentStatus;
        Decimal size = f.has(ORIG_QTY) ? f.decimalOrZero(ORIG_QTY) : f.decimalOrZero(QTY);
        long ts = f.longValue(UPDATE_TIME, f.longValue(TIME, f.longValue(TRANSACT_TIME, 0)));
        return new Order(MexcVenue.ID, MarketType.SPOT, symbol, f.string(ORDER_ID), f.string(CLIENT_ID),
                SpotCodes.side(f.string(SIDE)), kind.type(), kind.timeInForce(), price(kind, f.decimal(PRICE)), size,
                f.decimalOrZero(EXECUTED), null, status, ts, receiveNanos, true);
    }

    /**
     * @param f a {@code PrivateOrdersV3Api} body
     * @param symbol the symbol from the wrapper
     * @param pushMillis the wrapper's send time, or 0
     * @param receiveNanos local receive time
     * @return the order
     */
    static Order fromPush(ProtoFields f, Symbol symbol, long pushMillis, long receiveNanos) {
        OrderKind kind = SpotCodes.kind(f.int32(P_ORDER_TYPE));
        Decimal average = f.decimal(P_AVG_PRICE);
        return new Order(MexcVenue.ID, MarketType.SPOT, symbol, f.string(P_ID), f.string(P_CLIENT_ID),
                SpotCodes.side(f.int32(P_TRADE_TYPE)), kind.type(), kind.timeInForce(),
                price(kind, f.decimal(P_PRICE)), f.decimalOrZero(P_QUANTITY), f.decimalOrZero(P_CUMULATIVE_QUANTITY),
                average == null || average.isZero() ? null : average, SpotCodes.status(f.int32(P_STATUS)),
                pushMillis != 0 ? pushMillis : f.varint(P_CREATE_TIME, 0), receiveNanos, false);
    }

    private static Decimal price(OrderKind kind, Decimal price) {
        return kind.type() == OrderType.MARKET || price == null || price.isZero() ? null : price;
    }
}
