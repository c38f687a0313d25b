package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;

import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_CANCEL;
import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_CREATE;
import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_MATCH;

/** Spot: a buy locks quote (price × size), a sell locks base; fees are charged in the asset received. */
final class SpotSettlement implements Settlement {

    @Override
    public void reserve(LedgerAccount account, LedgerOrder order, Ctx ctx) {
        boolean buy = order.request.side() == Side.BUY;
        String asset = buy ? order.request.symbol().quote() : order.request.symbol().base();
        Decimal amount = buy ? Decimals.mul(order.reservePrice, order.request.size()) : order.request.size();
        BalanceOps.requireAvailable(account, asset, amount);
        order.reserved = amount;
        order.reservedAsset = asset;
        BalanceOps.change(account, asset, Decimal.ZERO, amount, ORDER_CREATE, order.orderId, ctx);
    }

    @Override
    public void release(LedgerAccount account, LedgerOrder order, Ctx ctx) {
        Decimal rest = order.reserved;
        order.reserved = Decimal.ZERO;
        BalanceOps.change(account, order.reservedAsset, Decimal.ZERO, rest.negate(), ORDER_CANCEL, order.orderId, ctx);
    }

    @Override
    public void settle(LedgerAccount account, LedgerOrder order, Decimal size, Decimal price, Decimal fee, Ctx ctx) {
        String base = order.request.symbol().base();
        String quote = order.request.symbol().quote();
        Decimal notional = Decimals.mul(price, size);
        if (order.request.side() == Side.BUY) {
            Decimal release = unreserve(order, Decimals.mul(order.reservePrice, size));
            BalanceOps.change(account, quote, notional.negate(), release.negate(), ORDER_MATCH, order.orderId, ctx);
            BalanceOps.change(account, base, size.subtract(fee), Decimal.ZERO, ORDER_MATCH, order.orderId, ctx);
        } else {
            Decimal release = unreserve(order, size);
            BalanceOps.change(account, base, size.negate(), release.negate(), ORDER_MATCH, order.orderId, ctx);
            BalanceOps.change(account, quote, notional.subtract(fee), Decimal.ZERO, ORDER_MATCH, order.orderId, ctx);
        }
    }

    private static Decimal unreserve(LedgerOrder order, Decimal wanted) {
        Decimal release = Decimals.min(order.reserved, wanted);
        order.reserved = order.reserved.subtract(release);
        return release;
    }

    @Override
    public Decimal fee(LedgerOrder order, Decimal size, Decimal price, Decimal rate, InstrumentSpec spec) {
        return order.request.side() == Side.BUY ? Decimals.mul(size, rate) : Decimals.mul(size, price, rate);
    }

    @Override
    public String feeAsset(LedgerOrder order) {
        return order.request.side() == Side.BUY ? order.request.symbol().base() : order.request.symbol().quote();
    }
}
