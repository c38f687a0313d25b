package io.exwire.gateio.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.gateio.wire.Fields;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.WireTime;

import java.util.Locale;

/**
 * Maps Gate.io balances and positions.
 *
 * <ul>
 *   <li>{@code spot.balances} push: {@code currency}, {@code available}, {@code freeze} (locked), {@code total},
 *   {@code timestamp_ms}; REST {@code /spot/accounts}: {@code currency}, {@code available}, {@code locked}.</li>
 *   <li>{@code futures.balances} push: {@code currency} (lower case), {@code balance} (the account total after the
 *   change), {@code time_ms}; it carries no available amount, so {@link Balance#available()} is null and
 *   {@link Balance#total()} holds the balance. REST {@code /futures/usdt/accounts}: {@code total},
 *   {@code available}, locked = {@code order_margin} + {@code position_margin}.</li>
 *   <li>Positions (push and REST {@code /futures/usdt/positions}): signed {@code size} in contracts (direction; in
 *   dual mode {@code mode} {@code dual_long}/{@code dual_short}), {@code entry_price}, {@code leverage} (0 means
 *   cross margin: then {@code cross_leverage_limit}), {@code unrealised_pnl} (REST only).</li>
 * </ul>
 */
final class AccountMapper {

    private AccountMapper() {
    }

    static Balance spotBalance(Fields f, Mapping m) {
        Decimal available = Mapping.required(f, "available");
        Decimal locked = f.has("freeze") ? f.decimal("freeze") : f.decimal("locked");
        Decimal total = f.has("total") ? f.decimal("total") : sum(available, locked);
        return new Balance(GateioEndpoints.EXCHANGE, m.market(), asset(f), available, locked, total,
                WireTime.firstMillis(f, "timestamp_ms", "timestamp", "update_time"), m.receiveNanos(),
                m.reconciled());
    }

    static Balance futuresBalancePush(Fields f, Mapping m) {
        return new Balance(GateioEndpoints.EXCHANGE, m.market(), asset(f), null, null,
                Mapping.required(f, "balance"), WireTime.firstMillis(f, "time_ms", "time"), m.receiveNanos(),
                m.reconciled());
    }

    static Balance futuresAccount(Fields f, Mapping m) {
        Decimal locked = sum(f.decimal("order_margin"), f.decimal("position_margin"));
        return new Balance(GateioEndpoints.EXCHANGE, m.market(), asset(f), Mapping.required(f, "available"), locked,
                f.decimal("total"), WireTime.firstMillis(f, "update_time"), m.receiveNanos(), m.reconciled());
    }

    static Position position(Fields f, Mapping m) {
        Decimal size = Mapping.required(f, "size");
        Decimal entry = f.decimal("entry_price");
        return new Position(GateioEndpoints.EXCHANGE, m.market(), m.symbol(f, "contract"), side(f, size),
                size.abs(), size.isZero() || entry == null || entry.isZero() ? null : entry, leverage(f),
                f.decimal("unrealised_pnl"), WireTime.firstMillis(f, "time_ms", "update_time", "time"),
                m.receiveNanos(), m.reconciled());
    }

    private static PositionSide side(Fields f, Decimal size) {
        if (size.isZero()) {
            return PositionSide.FLAT;
        }
        if (f.is("mode", "dual_long")) {
            return PositionSide.LONG;
        }
        if (f.is("mode", "dual_short")) {
            return PositionSide.SHORT;
        }
        return size.signum() > 0 ? PositionSide.LONG : PositionSide.SHORT;
    }

    private static Decimal leverage(Fields f) {
        Decimal leverage = f.decimal("leverage");
        if (leverage != null && leverage.isZero()) {
            Decimal cross = f.decimal("cross_leverage_limit");
            return cross == null || cross.isZero() ? null : cross;
        }
        return leverage;
    }

    private static String asset(Fields f) {
        String currency = f.string("currency");
        return currency == null ? "" : currency.toUpperCase(Locale.ROOT);
    }

    private static Decimal sum(Decimal a, Decimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
