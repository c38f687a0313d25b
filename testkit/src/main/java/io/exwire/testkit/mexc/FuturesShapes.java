package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;
import io.exwire.testkit.market.PositionState;
import io.exwire.testkit.market.SimulatedLedger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MEXC futures JSON shapes of orders, own trades, positions and assets, shared by the REST replies and the
 * {@code push.personal.*} pushes, with MEXC's numeric codes: side 1 open long, 2 close short, 3 open short,
 * 4 close long; state 1 pending, 2 open, 3 filled, 4 cancelled, 5 invalid; orderType 1 limit, 2 post-only,
 * 3 IOC, 4 FOK, 5 market; openType 1 isolated; positionType 1 long, 2 short; position state 1 holding, 3 closed;
 * positionMode 2 one-way. Volumes are contracts. Thread-safe.
 */
final class FuturesShapes {

    private final SimContext ctx;
    private final Map<String, Long> positionIds = new ConcurrentHashMap<>();
    private final Map<String, Integer> positionTypes = new ConcurrentHashMap<>();
    private final AtomicLong nextPositionId = new AtomicLong(1_397_818);

    FuturesShapes(SimContext ctx) {
        this.ctx = ctx;
    }

    /** @return MEXC's side code for an order of {@code side}, opening or (reduce-only) closing */
    static int side(Side side, boolean reduceOnly) {
        if (side == Side.BUY) {
            return reduceOnly ? 2 : 1;
        }
        return reduceOnly ? 4 : 3;
    }

    static int orderType(OrderState o) {
        return o.type() == OrderType.MARKET ? 5 : switch (o.timeInForce()) {
            case GTC -> 1;
            case POST_ONLY -> 2;
            case IOC -> 3;
            case FOK -> 4;
        };
    }

    static int state(OrderState o) {
        return switch (o.status()) {
            case NEW, PARTIALLY_FILLED -> 2;
            case FILLED -> 3;
            case CANCELED, EXPIRED -> 4;
            case REJECTED -> 5;
        };
    }

    /** @return 18 IOC_CANCEL, 19 FOK_CANCEL, 20 POST_ONLY_CANCEL, 21 MARKET_CANCEL, else 0 */
    static int errorCode(OrderState o) {
        if (o.status() == OrderStatus.REJECTED) {
            return 20;
        }
        if (o.status() != OrderStatus.EXPIRED) {
            return 0;
        }
        if (o.type() == OrderType.MARKET) {
            return 21;
        }
        return o.timeInForce() == TimeInForce.FOK ? 19 : 18;
    }

    ObjectNode order(OrderState o) {
        InstrumentSpec spec = ctx.market().spec(o.symbol());
        Decimal[] fees = fees(o);
        Decimal margin = margin(o.price(), o.left(), spec);
        ObjectNode n = Json.object().put("orderId", o.orderId()).put("symbol", ctx.symbols().name(o.symbol()))
                .put("positionId", positionId(o.userId(), o.symbol().toString()));
        Json.number(n, "price", o.price());
        Json.number(n, "vol", o.size());
        n.put("leverage", SimulatedLedger.futuresLeverage()).put("side", side(o.side(), o.reduceOnly()))
                .put("category", 1).put("orderType", orderType(o));
        Json.number(n, "dealAvgPrice", o.averageFillPrice(spec.contractSize()));
        Json.number(n, "dealVol", o.filled());
        Json.number(n, "orderMargin", margin);
        Json.number(n, "usedMargin", margin);
        Json.number(n, "takerFee", fees[1]);
        Json.number(n, "makerFee", fees[0]);
        n.put("profit", 0).put("feeCurrency", spec.symbol().quote()).put("openType", 1).put("state", state(o))
                .put("errorCode", errorCode(o)).put("externalOid", o.text()).put("createTime", o.createTimeMillis())
                .put("updateTime", o.updateTimeMillis());
        Json.number(n, "remainVol", o.left());
        return n.put("positionMode", 2).put("reduceOnly", o.reduceOnly()).put("version", o.updateSeq());
    }

    ObjectNode deal(OwnFill f) {
        boolean reduceOnly = ctx.ledger().queries().order(f.userId(), f.orderId())
                .map(OrderState::reduceOnly).orElse(false);
        ObjectNode n = Json.object().put("id", Long.toString(f.tradeId())).put("symbol", ctx.symbols().name(f.symbol()))
                .put("side", side(f.side(), reduceOnly));
        Json.number(n, "vol", f.size());
        Json.number(n, "price", f.price());
        n.put("feeCurrency", f.feeAsset());
        Json.number(n, "fee", f.fee());
        return n.put("timestamp", f.timestampMillis()).put("profit", 0).put("taker", f.liquidity() == Liquidity.TAKER)
                .put("category", 1).put("orderId", f.orderId()).put("isSelf", false).put("externalOid", f.text())
                .put("positionMode", 2).put("reduceOnly", reduceOnly);
    }

    ObjectNode position(PositionState p) {
        String key = p.userId() + '|' + p.symbol();
        if (p.size().signum() != 0) {
            positionTypes.put(key, p.size().signum() > 0 ? 1 : 2);
        }
        ObjectNode n = Json.object().put("positionId", positionId(p.userId(), p.symbol().toString()))
                .put("symbol", ctx.symbols().name(p.symbol()));
        Json.number(n, "holdVol", p.size().abs());
        n.put("positionType", positionTypes.getOrDefault(key, 1)).put("openType", 1)
                .put("state", p.size().isZero() ? 3 : 1).put("frozenVol", 0).put("closeVol", 0);
        Json.number(n, "holdAvgPrice", p.entryPrice());
        Json.number(n, "openAvgPrice", p.entryPrice());
        n.put("closeAvgPrice", 0).put("liquidatePrice", 0);
        Json.number(n, "oim", p.margin());
        Json.number(n, "im", p.margin());
        n.put("holdFee", 0);
        Json.number(n, "realised", p.realisedPnl());
        return n.put("leverage", p.leverage()).put("autoAddIm", false).put("positionMode", 2)
                .put("updateTime", p.updateTimeMillis()).put("version", p.updateSeq());
    }

    ObjectNode asset(String userId, BalanceState b) {
        Decimal positionMargin = Decimal.ZERO;
        for (PositionState p : ctx.ledger().queries().positions(userId)) {
            if (p.symbol().quote().equals(b.asset())) {
                positionMargin = positionMargin.add(p.margin());
            }
        }
        ObjectNode n = Json.object().put("currency", b.asset());
        Json.number(n, "positionMargin", positionMargin);
        Json.number(n, "frozenBalance", b.locked().subtract(positionMargin));
        Json.number(n, "availableBalance", b.available());
        Json.number(n, "cashBalance", b.available());
        Json.number(n, "equity", b.total());
        return n.put("unrealized", 0).put("bonus", 0);
    }

    private Decimal[] fees(OrderState o) {
        Decimal maker = Decimal.ZERO;
        Decimal taker = Decimal.ZERO;
        for (OwnFill f : ctx.ledger().queries().fills(o.userId(), o.symbol(), o.orderId())) {
            if (f.liquidity() == Liquidity.MAKER) {
                maker = maker.add(f.fee());
            } else {
                taker = taker.add(f.fee());
            }
        }
        return new Decimal[] {maker, taker};
    }

    private static Decimal margin(Decimal price, Decimal vol, InstrumentSpec spec) {
        return Decimals.div(Decimals.mul(price, vol, spec.contractSize()),
                Decimal.ofLong(SimulatedLedger.futuresLeverage()), 8);
    }

    private long positionId(String userId, String symbol) {
        return positionIds.computeIfAbsent(userId + '|' + symbol, k -> nextPositionId.incrementAndGet());
    }
}
