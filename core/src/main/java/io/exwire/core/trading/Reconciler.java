package io.exwire.core.trading;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.model.Decimal;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.api.trading.Reconciliation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * Brings the application's view of the account up to date over REST after every (re)connect: open orders, orders
 * that closed while disconnected (queried one by one), balances and positions. Emits each difference as an event
 * with {@code reconciled() == true}; on the first connect that is the account's starting state. Runs on the lane.
 */
final class Reconciler {

    /** Where reconciled events go. */
    interface Emitter {
        void order(Order o);

        void balance(Balance b);

        void position(Position p);

        void error(ExwireException e);
    }

    private final PrivateRestClient rest;
    private final KnownAccountState known;

    Reconciler(PrivateRestClient rest, KnownAccountState known) {
        this.rest = rest;
        this.known = known;
    }

    Reconciliation run(Emitter out, long nowNanos, long nowMillis) {
        int orders = reconcileOrders(out, nowNanos);
        int balances = fetch(rest::balances, out).map(list -> emitBalances(list, out, nowNanos)).orElse(0);
        int positions = fetch(rest::positions, out).map(list -> emitPositions(list, out, nowNanos)).orElse(0);
        return new Reconciliation(orders, balances, positions, nowMillis);
    }

    private int reconcileOrders(Emitter out, long nowNanos) {
        Optional<List<Order>> open = fetch(() -> rest.openOrders(Optional.empty()), out);
        if (open.isEmpty()) {
            return 0;
        }
        int n = 0;
        Set<String> openIds = new HashSet<>();
        for (Order o : open.get()) {
            openIds.add(o.orderId());
            n += emitIfDifferent(o, out, nowNanos);
        }
        for (Order prev : known.openOrders()) {
            if (!openIds.contains(prev.orderId())) {
                n += fetch(() -> rest.order(prev.symbol(), prev.orderId()), out)
                        .map(o -> emitIfDifferent(o, out, nowNanos)).orElse(0);
            }
        }
        return n;
    }

    private int emitIfDifferent(Order o, Emitter out, long nowNanos) {
        if (!known.differs(o)) {
            return 0;
        }
        out.order(new Order(o.exchange(), o.market(), o.symbol(), o.orderId(), o.clientOrderId(), o.side(), o.type(),
                o.timeInForce(), o.price(), o.size(), o.filledSize(), o.averageFillPrice(), o.status(),
                o.exchangeTimestampMillis(), nowNanos, true));
        return 1;
    }

    private int emitBalances(List<Balance> list, Emitter out, long nowNanos) {
        int n = 0;
        for (Balance b : list) {
            if (known.differs(b)) {
                out.balance(new Balance(b.exchange(), b.market(), b.asset(), b.available(), b.locked(), b.total(),
                        b.exchangeTimestampMillis(), nowNanos, true));
                n++;
            }
        }
        return n;
    }

    private int emitPositions(List<Position> list, Emitter out, long nowNanos) {
        int n = 0;
        Set<String> present = new HashSet<>();
        for (Position p : list) {
            present.add(p.symbol().toString());
            if (known.differs(p)) {
                out.position(copy(p, p.side(), p.size(), nowNanos));
                n++;
            }
        }
        for (Position prev : known.positions()) {
            if (!present.contains(prev.symbol().toString()) && prev.side() != PositionSide.FLAT) {
                out.position(copy(prev, PositionSide.FLAT, Decimal.ZERO, nowNanos));
                n++;
            }
        }
        return n;
    }

    private static Position copy(Position p, PositionSide side, Decimal size, long nowNanos) {
        return new Position(p.exchange(), p.market(), p.symbol(), side, size,
                side == PositionSide.FLAT ? null : p.entryPrice(), p.leverage(),
                side == PositionSide.FLAT ? null : p.unrealizedPnl(), p.exchangeTimestampMillis(), nowNanos, true);
    }

    private static <T> Optional<T> fetch(java.util.function.Supplier<T> call, Emitter out) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ExwireException e) {
            out.error(e);
            return Optional.empty();
        }
    }

}
