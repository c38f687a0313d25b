package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.trading.OrderType;

/** Checks an order request against the instrument and the account before anything changes. */
final class OrderValidation {

    private OrderValidation() {
    }

    static void validate(NewOrder request, InstrumentSpec spec, LedgerAccount account, MarketType market) {
        if (request.size().signum() <= 0 || !isMultiple(request.size(), spec.lotSize())) {
            throw new LedgerException(LedgerException.Reason.INVALID_SIZE,
                    "size " + request.size() + " must be a positive multiple of " + spec.lotSize());
        }
        if (request.type() == OrderType.LIMIT && !validPrice(request.price(), spec.tickSize())) {
            throw new LedgerException(LedgerException.Reason.INVALID_PRICE,
                    "price " + request.price() + " must be a positive multiple of " + spec.tickSize());
        }
        if (market == MarketType.FUTURES && request.reduceOnly()) {
            Decimal position = account.position(request.symbol()).size;
            boolean reduces = request.side() == Side.BUY ? position.signum() < 0 : position.signum() > 0;
            if (!reduces || request.size().compareTo(position.abs()) > 0) {
                throw new LedgerException(LedgerException.Reason.INVALID_SIZE,
                        "reduce-only order would increase position " + position);
            }
        }
    }

    private static boolean validPrice(Decimal price, Decimal tick) {
        return price != null && price.signum() > 0 && isMultiple(price, tick);
    }

    private static boolean isMultiple(Decimal value, Decimal step) {
        return value.toBigDecimal().remainder(step.toBigDecimal()).signum() == 0;
    }
}
