package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;

import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_CANCEL;
import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_CREATE;
import static io.exwire.testkit.market.LedgerEvent.BalanceChange.ORDER_MATCH;

/**
 * Linear futures, one-way mode, fixed leverage: an order locks initial margin in the settle (quote) asset; a fill
 * moves the position (weighted entry price, realised PnL on reduction) and charges the fee in the settle asset.
 */
final class FuturesSettlement implements Settlement {

    /** The leverage every position uses. */
    static final int LEVERAGE = 10;
    private static final Decimal LEVERAGE_DECIMAL = Decimal.ofLong(LEVERAGE);

    @Override
    public void reserve(LedgerAccount account, LedgerOrder order, Ctx ctx) {
        String asset = order.request.symbol().quote();
        Decimal margin = margin(order.request.size(), order.reservePrice, ctx.spec());
        BalanceOps.requireAvailable(account, asset, margin);
        order.reserved = margin;
        order.reservedAsset = asset;
        BalanceOps.change(account, asset, Decimal.ZERO, margin, ORDER_CREATE, order.orderId, ctx);
    }

    @Override
    public void release(LedgerAccount account, LedgerOrder order, Ctx ctx) {
        Decimal rest = order.reserved;
        order.reserved = Decimal.ZERO;
        BalanceOps.change(account, order.reservedAsset, Decimal.ZERO, rest.negate(), ORDER_CANCEL, order.orderId, ctx);
    }

    @Override
    public void settle(LedgerAccount account, LedgerOrder order, Decimal size, Decimal price, Decimal fee, Ctx ctx) {
        Decimal release = Decimals.min(order.reserved, margin(size, order.reservePrice, ctx.spec()));
        order.reserved = order.reserved.subtract(release);
        LedgerAccount.MutablePosition pos = account.position(order.request.symbol());
        Decimal signed = order.request.side() == Side.BUY ? size : size.negate();
        Decimal pnl = realisedPnl(pos, signed, price, ctx.spec());
        Decimal oldMargin = pos.margin;
        movePosition(pos, signed, price, ctx.spec());
        pos.realisedPnl = pos.realisedPnl.add(pnl);
        pos.updateSeq = ++account.positionSeq;
        pos.updateTimeMillis = ctx.nowMillis();
        Decimal lockedChange = pos.margin.subtract(oldMargin).subtract(release);
        BalanceOps.change(account, order.request.symbol().quote(), pnl.subtract(fee), lockedChange, ORDER_MATCH,
                order.orderId, ctx);
        ctx.events().add(new LedgerEvent.PositionEvent(account.userId, pos.snapshot(account.userId, LEVERAGE)));
    }

    @Override
    public Decimal fee(LedgerOrder order, Decimal size, Decimal price, Decimal rate, InstrumentSpec spec) {
        return Decimals.mul(Decimals.mul(size, spec.contractSize(), price), rate);
    }

    @Override
    public String feeAsset(LedgerOrder order) {
        return order.request.symbol().quote();
    }

    static Decimal margin(Decimal size, Decimal price, InstrumentSpec spec) {
        return Decimals.div(Decimals.mul(size.abs(), spec.contractSize(), price), LEVERAGE_DECIMAL, Decimals.MONEY_SCALE);
    }

    private static Decimal realisedPnl(LedgerAccount.MutablePosition pos, Decimal signed, Decimal price,
                                       InstrumentSpec spec) {
        if (pos.size.isZero() || pos.size.signum() == signed.signum()) {
            return Decimal.ZERO;
        }
        Decimal closed = Decimals.min(pos.size.abs(), signed.abs());
        Decimal perUnit = price.subtract(pos.entryPrice);
        Decimal pnl = Decimals.mul(closed, spec.contractSize(), perUnit);
        return pos.size.signum() > 0 ? pnl : pnl.negate();
    }

    private static void movePosition(LedgerAccount.MutablePosition pos, Decimal signed, Decimal price,
                                     InstrumentSpec spec) {
        Decimal newSize = pos.size.add(signed);
        if (newSize.isZero()) {
            pos.entryPrice = Decimal.ZERO;
        } else if (pos.size.isZero() || newSize.signum() != pos.size.signum()) {
            pos.entryPrice = price;
        } else if (newSize.abs().compareTo(pos.size.abs()) > 0) {
            Decimal weighted = Decimals.mul(pos.size.abs(), pos.entryPrice).add(Decimals.mul(signed.abs(), price));
            pos.entryPrice = Decimals.div(weighted, newSize.abs(), spec.priceScale() + 4);
        }
        pos.size = newSize;
        pos.margin = margin(newSize, pos.entryPrice, spec);
    }
}
