package io.exwire.mexc.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.MexcVenue;

/**
 * Builds api events from MEXC futures objects, which have the same shape in {@code push.personal.*} data and in
 * REST answers, so pushes and reconciliation compare like with like. Sizes are contract counts, absolute; the
 * direction is the side. Ids arrive as numbers or strings and are kept as strings. Balances: {@code available} =
 * {@code availableBalance}, {@code locked} = {@code frozenBalance + positionMargin}, {@code total} = their sum.
 * Stateless.
 */
final class FuturesEventMapper {

    /** Field names of an order. */
    static final String[] ORDER_FIELDS = {"orderId", "symbol", "price", "vol", "side", "orderType", "dealAvgPrice",
        "dealVol", "state", "externalOid", "updateTime", "createTime"};
    /** Field names of a fill. */
    static final String[] DEAL_FIELDS = {"id", "symbol", "side", "vol", "price", "fee", "feeCurrency", "timestamp",
        "taker", "isTaker", "orderId"};
    /** Field names of a position. */
    static final String[] POSITION_FIELDS = {"symbol", "holdVol", "positionType", "state", "holdAvgPrice",
        "leverage", "updateTime", "positionId"};
    /** Field names of an asset. */
    static final String[] ASSET_FIELDS = {"currency", "availableBalance", "frozenBalance", "positionMargin"};

    private static final int CLOSED = 3;

    private FuturesEventMapper() {
    }

    static Order order(JsonFields f, long fallbackMillis, long receiveNanos, boolean reconciled) {
        OrderKind kind = FuturesCodes.kind((int) f.longValue(5, 0));
        Decimal dealVol = f.decimalOrZero(7);
        Decimal price = f.decimal(2);
        Decimal average = f.decimal(6);
        return new Order(MexcVenue.ID, MarketType.FUTURES, MexcSymbols.parseFutures(f.string(1)), f.string(0),
                f.string(9), FuturesCodes.side((int) f.longValue(4, 0)), kind.type(), kind.timeInForce(),
                kind.type() == OrderType.MARKET || price == null || price.isZero() ? null : price,
                f.decimalOrZero(3).abs(), dealVol.abs(), average == null || average.isZero() ? null : average,
                FuturesCodes.status((int) f.longValue(8, 0), dealVol),
                f.longValue(10, f.longValue(11, fallbackMillis)), receiveNanos, reconciled);
    }

    static OwnTrade trade(JsonFields f, long fallbackMillis, long receiveNanos, boolean reconciled) {
        boolean taker = f.has(8) ? f.bool(8, false) : f.bool(9, false);
        boolean known = f.has(8) || f.has(9);
        String feeAsset = f.string(6);
        return new OwnTrade(MexcVenue.ID, MarketType.FUTURES, MexcSymbols.parseFutures(f.string(1)), f.string(0),
                f.string(10), FuturesCodes.side((int) f.longValue(2, 0)), f.decimalOrZero(4), f.decimalOrZero(3).abs(),
                f.decimal(5), feeAsset.isEmpty() ? null : feeAsset,
                known ? (taker ? Liquidity.TAKER : Liquidity.MAKER) : null, f.longValue(7, fallbackMillis),
                receiveNanos, reconciled);
    }

    static Position position(JsonFields f, long fallbackMillis, long receiveNanos, boolean reconciled) {
        Decimal size = f.decimalOrZero(1).abs();
        boolean flat = size.isZero() || f.longValue(3, 0) == CLOSED;
        PositionSide side = flat ? PositionSide.FLAT : FuturesCodes.positionSide(f.string(2));
        return new Position(MexcVenue.ID, MarketType.FUTURES, MexcSymbols.parseFutures(f.string(0)), side,
                flat ? Decimal.ZERO : size, flat ? null : f.decimal(4), f.decimal(5), null,
                f.longValue(6, fallbackMillis), receiveNanos, reconciled);
    }

    static Balance balance(JsonFields f, long fallbackMillis, long receiveNanos, boolean reconciled) {
        Decimal available = f.decimalOrZero(1);
        Decimal locked = f.decimalOrZero(2).add(f.decimalOrZero(3));
        return new Balance(MexcVenue.ID, MarketType.FUTURES, f.string(0), available, locked, available.add(locked),
                fallbackMillis, receiveNanos, reconciled);
    }
}
