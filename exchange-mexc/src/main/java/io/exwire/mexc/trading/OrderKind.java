package io.exwire.mexc.trading;

import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

/**
 * An api order type with its time in force, as MEXC encodes both in one value (spot {@code LIMIT_MAKER}, futures
 * type 3 "IOC"...).
 *
 * @param type the type
 * @param timeInForce the time in force, or null when the venue's type has none
 */
record OrderKind(OrderType type, TimeInForce timeInForce) {

    static final OrderKind LIMIT_GTC = new OrderKind(OrderType.LIMIT, TimeInForce.GTC);
    static final OrderKind POST_ONLY = new OrderKind(OrderType.LIMIT, TimeInForce.POST_ONLY);
    static final OrderKind LIMIT_IOC = new OrderKind(OrderType.LIMIT, TimeInForce.IOC);
    static final OrderKind LIMIT_FOK = new OrderKind(OrderType.LIMIT, TimeInForce.FOK);
    static final OrderKind MARKET = new OrderKind(OrderType.MARKET, TimeInForce.IOC);
    static final OrderKind OTHER = new OrderKind(OrderType.OTHER, null);
}
