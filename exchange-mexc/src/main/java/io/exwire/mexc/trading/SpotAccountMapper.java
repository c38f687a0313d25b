package io.exwire.mexc.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OwnTrade;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.mexc.wire.ProtoFields;

/**
 * Builds api {@link Balance}s and {@link OwnTrade}s from MEXC spot pushes ({@code PrivateAccountV3Api},
 * {@code PrivateDealsV3Api}) and REST ({@code /api/v3/account} balances, {@code /api/v3/myTrades}). A balance is
 * {@code available} = free, {@code locked} = frozen, {@code total} = their sum, on both paths. Stateless.
 */
final class SpotAccountMapper {

    /** Field names of a REST balance. */
    static final String[] BALANCE_FIELDS = {"asset", "free", "locked"};
    /** Field names of a REST trade. */
    static final String[] TRADE_FIELDS = {"id", "orderId", "price", "qty", "commission", "commissionAsset", "time",
        "isBuyer", "isMaker"};

    private static final int P_VCOIN = 1;
    private static final int P_BALANCE = 3;
    private static final int P_FROZEN = 5;
    private static final int P_TIME = 8;

    private static final int D_PRICE = 1;
    private static final int D_QUANTITY = 2;
    private static final int D_TRADE_TYPE = 4;
    private static final int D_IS_MAKER = 5;
    private static final int D_TRADE_ID = 7;
    private static final int D_ORDER_ID = 9;
    private static final int D_FEE = 10;
    private static final int D_FEE_CURRENCY = 11;
    private static final int D_TIME = 12;

    private SpotAccountMapper() {
    }

    static Balance balanceFromPush(ProtoFields f, long pushMillis, long receiveNanos) {
        return balance(f.string(P_VCOIN), f.decimalOrZero(P_BALANCE), f.decimalOrZero(P_FROZEN),
                f.varint(P_TIME, pushMillis), receiveNanos, false);
    }

    static Balance balanceFromRest(JsonFields f, long receiveNanos) {
        return balance(f.string(0), f.decimalOrZero(1), f.decimalOrZero(2), 0, receiveNanos, true);
    }

    private static Balance balance(String asset, Decimal free, Decimal locked, long ts, long receiveNanos,
                                   boolean reconciled) {
        return new Balance(MexcVenue.ID, MarketType.SPOT, asset, free, locked, free.add(locked), ts, receiveNanos,
                reconciled);
    }

    static OwnTrade tradeFromPush(ProtoFields f, Symbol symbol, long pushMillis, long receiveNanos) {
        return new OwnTrade(MexcVenue.ID, MarketType.SPOT, symbol, f.string(D_TRADE_ID), f.string(D_ORDER_ID),
                SpotCodes.side(f.int32(D_TRADE_TYPE)), f.decimalOrZero(D_PRICE), f.decimalOrZero(D_QUANTITY),
                f.decimal(D_FEE), nullIfEmpty(f.string(D_FEE_CURRENCY)),
                f.bool(D_IS_MAKER) ? Liquidity.MAKER : Liquidity.TAKER, f.varint(D_TIME, pushMillis), receiveNanos,
                false);
    }

    static OwnTrade tradeFromRest(JsonFields f, Symbol symbol, long receiveNanos) {
        return new OwnTrade(MexcVenue.ID, MarketType.SPOT, symbol, f.string(0), f.string(1),
                f.bool(7, false) ? Side.BUY : Side.SELL, f.decimalOrZero(2), f.decimalOrZero(3), f.decimal(4),
                nullIfEmpty(f.string(5)), f.bool(8, false) ? Liquidity.MAKER : Liquidity.TAKER, f.longValue(6, 0),
                receiveNanos, true);
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
