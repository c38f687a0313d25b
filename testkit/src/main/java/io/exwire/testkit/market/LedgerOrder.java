package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.trading.OrderStatus;

/** The mutable state of one order; guarded by the ledger's lock. */
final class LedgerOrder {

    final String orderId;
    final String userId;
    final NewOrder request;
    final Decimal price;
    Decimal reservePrice;
    final long createTimeMillis;
    Decimal filled = Decimal.ZERO;
    Decimal filledNotional = Decimal.ZERO;
    Decimal fee = Decimal.ZERO;
    String feeAsset = "";
    Decimal reserved = Decimal.ZERO;
    String reservedAsset = "";
    OrderStatus status = OrderStatus.NEW;
    long updateTimeMillis;
    long updateSeq = 1;

    LedgerOrder(String orderId, String userId, NewOrder request, Decimal price, long nowMillis) {
        this.orderId = orderId;
        this.userId = userId;
        this.request = request;
        this.price = price;
        this.reservePrice = price;
        this.createTimeMillis = nowMillis;
        this.updateTimeMillis = nowMillis;
    }

    Decimal left() {
        return request.size().subtract(filled);
    }

    boolean isOpen() {
        return status == OrderStatus.NEW || status == OrderStatus.PARTIALLY_FILLED;
    }

    void touch(long nowMillis) {
        updateTimeMillis = nowMillis;
        updateSeq++;
    }

    OrderState snapshot() {
        return new OrderState(orderId, userId, request.text(), request.symbol(), request.side(), request.type(),
                request.timeInForce(), price, request.size(), filled, filledNotional, fee, feeAsset, status,
                createTimeMillis, updateTimeMillis, updateSeq, request.reduceOnly());
    }
}
