package io.exwire.cli.jsonl;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.cli.sink.AccountSink;

/** Writes the events of one private component as JSON lines: {@code order}, {@code ownTrade}, {@code balance}, {@code position}, ... */
public final class JsonlAccountSink extends JsonlSinkBase implements AccountSink {

    /**
     * @param output the destination
     * @param venue the venue
     * @param market the market
     */
    public JsonlAccountSink(JsonlOutput output, ExchangeId venue, MarketType market) {
        super(output, venue, market);
    }

    @Override
    public synchronized void order(Order o) {
        start("order").symbol("symbol", o.symbol())
                .string("orderId", o.orderId())
                .string("clientOrderId", o.clientOrderId().isEmpty() ? null : o.clientOrderId())
                .string("side", Lower.of(o.side()))
                .string("orderType", Lower.of(o.type()))
                .string("timeInForce", Lower.of(o.timeInForce()))
                .decimal("price", o.price())
                .decimal("size", o.size())
                .decimal("filledSize", o.filledSize())
                .decimal("averagePrice", o.averageFillPrice())
                .string("status", Lower.of(o.status()))
                .flag("reconciled", o.reconciled());
        finish(o.exchangeTimestampMillis(), o.receiveTimestampNanos());
    }

    @Override
    public synchronized void ownTrade(OwnTrade t) {
        start("ownTrade").symbol("symbol", t.symbol())
                .string("tradeId", t.tradeId().isEmpty() ? null : t.tradeId())
                .string("orderId", t.orderId())
                .decimal("price", t.price())
                .decimal("size", t.size())
                .string("side", Lower.of(t.side()))
                .decimal("fee", t.fee())
                .string("feeAsset", t.feeAsset())
                .string("liquidity", Lower.of(t.liquidity()))
                .flag("reconciled", t.reconciled());
        finish(t.exchangeTimestampMillis(), t.receiveTimestampNanos());
    }

    @Override
    public synchronized void balance(Balance b) {
        start("balance").string("asset", b.asset())
                .decimal("available", b.available())
                .decimal("locked", b.locked())
                .decimal("total", b.total())
                .flag("reconciled", b.reconciled());
        finish(b.exchangeTimestampMillis(), b.receiveTimestampNanos());
    }

    @Override
    public synchronized void position(Position p) {
        start("position").symbol("symbol", p.symbol())
                .string("side", Lower.of(p.side()))
                .decimal("size", p.size())
                .decimal("entryPrice", p.entryPrice())
                .decimal("leverage", p.leverage())
                .decimal("unrealizedPnl", p.unrealizedPnl())
                .flag("reconciled", p.reconciled());
        finish(p.exchangeTimestampMillis(), p.receiveTimestampNanos());
    }
}
