package io.exwire.gateio.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OwnTrade;
import io.exwire.gateio.wire.Fields;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.WireTime;

/**
 * Maps Gate.io fills to {@link OwnTrade}: websocket {@code spot.usertrades} / REST {@code /spot/my_trades}
 * ({@code id}, {@code order_id}, {@code side}, {@code amount}, {@code price}, {@code fee}, {@code fee_currency},
 * {@code role}, {@code create_time_ms} as a fractional-ms string) and websocket {@code futures.usertrades} / REST
 * {@code /futures/usdt/my_trades_timerange} ({@code id} or {@code trade_id}, {@code order_id}, signed {@code size},
 * {@code price}, {@code fee} in the settlement currency, {@code role}, {@code create_time_ms} or fractional-second
 * {@code create_time}).
 */
final class FillMapper {

    private FillMapper() {
    }

    static OwnTrade spot(Fields f, Mapping m) {
        return new OwnTrade(GateioEndpoints.EXCHANGE, m.market(), m.symbol(f, "currency_pair"), text(f, "id"),
                text(f, "order_id"), f.is("side", "sell") ? Side.SELL : Side.BUY, Mapping.required(f, "price"),
                Mapping.required(f, "amount").abs(), f.decimal("fee"), f.string("fee_currency"), liquidity(f),
                WireTime.firstMillis(f, "create_time_ms", "create_time"), m.receiveNanos(), m.reconciled());
    }

    static OwnTrade futures(Fields f, Mapping m) {
        Decimal size = Mapping.required(f, "size");
        String id = f.has("trade_id") ? f.string("trade_id") : text(f, "id");
        return new OwnTrade(GateioEndpoints.EXCHANGE, m.market(), m.symbol(f, "contract"), id, text(f, "order_id"),
                size.signum() < 0 ? Side.SELL : Side.BUY, Mapping.required(f, "price"), size.abs(), f.decimal("fee"),
                "USDT", liquidity(f), WireTime.firstMillis(f, "create_time_ms", "create_time"), m.receiveNanos(),
                m.reconciled());
    }

    private static Liquidity liquidity(Fields f) {
        String role = f.string("role");
        if ("maker".equals(role)) {
            return Liquidity.MAKER;
        }
        return "taker".equals(role) ? Liquidity.TAKER : null;
    }

    private static String text(Fields f, String name) {
        String s = f.string(name);
        return s == null ? "" : s;
    }
}
