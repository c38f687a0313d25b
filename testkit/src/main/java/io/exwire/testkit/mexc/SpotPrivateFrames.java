package io.exwire.testkit.mexc;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders ledger events as spot private pushes: orders on {@code spot@private.orders.v3.api.pb}, own trades on
 * {@code spot@private.deals.v3.api.pb}, balance changes on {@code spot@private.account.v3.api.pb}.
 *
 * <p><b>Threading.</b> Called under the ledger's lock, so events arrive one at a time in order; the remembered
 * last fill sizes live in a concurrent map.
 */
final class SpotPrivateFrames {

    /** A rendered push and the private channel it belongs on. */
    record Frame(SpotChannel.Topic topic, byte[] bytes) {
    }

    private final VenueSymbols symbols;
    private final Map<String, Decimal> lastFill = new ConcurrentHashMap<>();

    SpotPrivateFrames(VenueSymbols symbols) {
        this.symbols = symbols;
    }

    Frame render(LedgerEvent event, long now) {
        return switch (event) {
            case LedgerEvent.OrderEvent e -> order(e.order(), now);
            case LedgerEvent.FillEvent e -> deal(e.fill(), now);
            case LedgerEvent.BalanceEvent e -> account(e, now);
            case LedgerEvent.PositionEvent e -> null;
        };
    }

    private Frame order(OrderState o, long now) {
        Decimal last = o.isOpen() ? lastFill.get(o.orderId()) : lastFill.remove(o.orderId());
        SpotPrivateBodies.Order body = new SpotPrivateBodies.Order(
                MexcAccount.venueOrderId(MarketType.SPOT, o.orderId()), o.text(), o.price().toString(),
                o.size().toString(), "0", o.averageFillPrice(Decimals.ONE).toString(), orderType(o),
                o.side() == Side.BUY ? 1 : 2, o.timeInForce() == TimeInForce.POST_ONLY,
                Decimals.mul(o.left(), o.price()).toString(), o.left().toString(),
                last == null ? null : last.toString(), o.filled().toString(), o.filledNotional().toString(),
                status(o), o.createTimeMillis());
        String channel = SpotChannel.Topic.ORDERS.privateChannel();
        return new Frame(SpotChannel.Topic.ORDERS,
                new SpotPushWrapper(channel, symbols.name(o.symbol()), null, null, now).encode(body));
    }

    private Frame deal(OwnFill f, long now) {
        lastFill.put(f.orderId(), f.size());
        SpotPrivateBodies.Deal body = new SpotPrivateBodies.Deal(f.price().toString(), f.size().toString(),
                Decimals.mul(f.price(), f.size()).toString(), f.side() == Side.BUY ? 1 : 2,
                f.liquidity() == Liquidity.MAKER, false, f.tradeId() + "X1", f.text(),
                MexcAccount.venueOrderId(MarketType.SPOT, f.orderId()), f.fee().toString(), f.feeAsset(),
                f.timestampMillis());
        String channel = SpotChannel.Topic.OWN_DEALS.privateChannel();
        return new Frame(SpotChannel.Topic.OWN_DEALS,
                new SpotPushWrapper(channel, symbols.name(f.symbol()), null, null, now).encode(body));
    }

    private static Frame account(LedgerEvent.BalanceEvent e, long now) {
        Decimal freeChange = e.change().subtract(e.lockedChange());
        SpotPrivateBodies.Account body = new SpotPrivateBodies.Account(e.balance().asset(), "",
                e.balance().available().toString(), freeChange.toString(), e.balance().locked().toString(),
                e.lockedChange().toString(), changeType(e.reason()), e.timestampMillis());
        String channel = SpotChannel.Topic.ACCOUNT.privateChannel();
        return new Frame(SpotChannel.Topic.ACCOUNT,
                new SpotPushWrapper(channel, null, null, e.timestampMillis(), now).encode(body));
    }

    /** @return MEXC's order type code: 1 LIMIT, 2 POST_ONLY, 3 IOC, 4 FOK, 5 MARKET */
    static int orderType(OrderState o) {
        if (o.type() == OrderType.MARKET) {
            return 5;
        }
        return switch (o.timeInForce()) {
            case GTC -> 1;
            case POST_ONLY -> 2;
            case IOC -> 3;
            case FOK -> 4;
        };
    }

    /** @return MEXC's status code: 1 NEW, 2 FILLED, 3 PARTIALLY_FILLED, 4 CANCELED, 5 PARTIALLY_CANCELED */
    static int status(OrderState o) {
        return switch (o.status()) {
            case NEW -> 1;
            case FILLED -> 2;
            case PARTIALLY_FILLED -> 3;
            case CANCELED, EXPIRED, REJECTED -> o.filled().isZero() ? 4 : 5;
        };
    }

    private static String changeType(LedgerEvent.BalanceChange reason) {
        return switch (reason) {
            case ORDER_CREATE -> "ENTRUST_PLACE";
            case ORDER_MATCH -> "ENTRUST";
            case ORDER_CANCEL -> "ENTRUST_CANCEL";
            case DEPOSIT -> "DEPOSIT";
        };
    }
}
