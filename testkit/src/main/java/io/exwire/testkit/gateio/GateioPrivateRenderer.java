package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Liquidity;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;
import io.exwire.testkit.market.PositionState;
import io.exwire.testkit.market.SimulatedMarket;

/**
 * Renders {@link LedgerEvent}s as Gate.io private push frames ({@code spot.orders}, {@code spot.usertrades},
 * {@code spot.balances}; {@code futures.orders}, {@code futures.usertrades}, {@code futures.positions},
 * {@code futures.balances}). Each result is an array of one item. Stateless and thread-safe.
 */
final class GateioPrivateRenderer {

    private final SimulatedMarket market;
    private final boolean spot;

    GateioPrivateRenderer(SimulatedMarket market) {
        this.market = market;
        this.spot = market.market() == MarketType.SPOT;
    }

    /** The channel an event is pushed on, or null if this market does not push it. */
    String channel(LedgerEvent event) {
        return switch (event) {
            case LedgerEvent.OrderEvent e -> spot ? "spot.orders" : "futures.orders";
            case LedgerEvent.FillEvent e -> spot ? "spot.usertrades" : "futures.usertrades";
            case LedgerEvent.BalanceEvent e -> spot ? "spot.balances" : e.change().isZero() ? null : "futures.balances";
            case LedgerEvent.PositionEvent e -> spot ? null : "futures.positions";
        };
    }

    /** The symbol an event concerns, or null for balances. */
    Symbol symbol(LedgerEvent event) {
        return switch (event) {
            case LedgerEvent.OrderEvent e -> e.order().symbol();
            case LedgerEvent.FillEvent e -> e.fill().symbol();
            case LedgerEvent.BalanceEvent e -> null;
            case LedgerEvent.PositionEvent e -> e.position().symbol();
        };
    }

    String render(LedgerEvent event, boolean decimalSizes, long nowMillis) {
        ObjectNode item = switch (event) {
            case LedgerEvent.OrderEvent e -> order(e, decimalSizes);
            case LedgerEvent.FillEvent e -> fill(e.fill(), decimalSizes);
            case LedgerEvent.BalanceEvent e -> balance(e);
            case LedgerEvent.PositionEvent e -> position(e.position(), decimalSizes);
        };
        return GateioJson.write(GateioEnvelopes.push(channel(event), nowMillis, GateioJson.array().add(item)));
    }

    private ObjectNode order(LedgerEvent.OrderEvent e, boolean decimalSizes) {
        OrderState o = e.order();
        if (spot) {
            String wsEvent = switch (e.change()) {
                case NEW -> "put";
                case UPDATE -> "update";
                case FINISH -> "finish";
            };
            return GateioOrderJson.spot(o, market.spec(o.symbol()), wsEvent);
        }
        String finishAs = switch (e.change()) {
            case NEW -> "_new";
            case UPDATE -> "_update";
            case FINISH -> GateioOrderJson.finishAs(o);
        };
        return GateioOrderJson.futures(o, market.spec(o.symbol()), decimalSizes, true, finishAs);
    }

    private ObjectNode fill(OwnFill f, boolean decimalSizes) {
        ObjectNode n = GateioJson.object();
        n.put("create_time", f.timestampMillis() / 1000);
        n.put("order_id", f.orderId());
        n.put("price", GateioJson.str(f.price()));
        n.put("role", f.liquidity() == Liquidity.MAKER ? "maker" : "taker");
        n.put("text", f.text());
        if (spot) {
            n.put("id", f.tradeId());
            GateioJson.userNumber(n, "user_id", f.userId());
            n.put("currency_pair", GateioJson.venueSymbol(f.symbol()));
            n.put("create_time_ms", GateioJson.fractionalMillis(f.timestampMillis()));
            n.put("side", GateioOrderJson.side(f.side()));
            n.put("amount", GateioJson.str(f.size()));
            n.put("fee", GateioJson.str(f.fee()));
            n.put("fee_currency", f.feeAsset());
            n.put("point_fee", "0");
            n.put("gt_fee", "0");
            n.put("id_market", f.tradeId());
            return n;
        }
        n.put("id", Long.toString(f.tradeId()));
        n.put("create_time_ms", f.timestampMillis());
        n.put("contract", GateioJson.venueSymbol(f.symbol()));
        GateioJson.size(n, "size", f.side() == Side.BUY ? f.size() : f.size().negate(), decimalSizes);
        GateioJson.number(n, "fee", f.fee());
        n.put("point_fee", 0);
        return n;
    }

    private ObjectNode balance(LedgerEvent.BalanceEvent e) {
        BalanceState b = e.balance();
        ObjectNode n = GateioJson.object();
        if (spot) {
            n.put("timestamp", Long.toString(e.timestampMillis() / 1000));
            n.put("timestamp_ms", Long.toString(e.timestampMillis()));
            n.put("user", e.userId());
            n.put("currency", b.asset());
            n.put("change", GateioJson.str(e.change()));
            n.put("total", GateioJson.str(b.total()));
            n.put("available", GateioJson.str(b.available()));
            n.put("freeze", GateioJson.str(b.locked()));
            n.put("freeze_change", GateioJson.str(e.lockedChange()));
            n.put("change_type", spotChangeType(e.reason()));
            return n;
        }
        GateioJson.number(n, "balance", b.total());
        GateioJson.number(n, "change", e.change());
        n.put("text", e.text().isEmpty() ? "" : "order:" + e.text());
        n.put("time", e.timestampMillis() / 1000);
        n.put("time_ms", e.timestampMillis());
        n.put("type", e.reason() == LedgerEvent.BalanceChange.DEPOSIT ? "dnw" : e.change().signum() < 0 ? "fee" : "pnl");
        n.put("user", e.userId());
        n.put("currency", b.asset().toLowerCase(java.util.Locale.ROOT));
        return n;
    }

    private static String spotChangeType(LedgerEvent.BalanceChange reason) {
        return switch (reason) {
            case ORDER_CREATE -> "order-create";
            case ORDER_MATCH -> "order-match";
            case ORDER_CANCEL -> "order-update";
            case DEPOSIT -> "deposit";
        };
    }

    /** A futures position, shared with REST {@code /positions}. */
    static ObjectNode position(PositionState p, boolean decimalSizes) {
        ObjectNode n = GateioJson.object();
        n.put("contract", GateioJson.venueSymbol(p.symbol()));
        n.put("cross_leverage_limit", 0);
        GateioJson.number(n, "entry_price", p.entryPrice());
        GateioJson.number(n, "history_pnl", p.realisedPnl());
        n.put("history_point", 0);
        n.put("last_close_pnl", 0);
        n.put("leverage", p.leverage());
        n.put("leverage_max", 100);
        n.put("liq_price", 0);
        GateioJson.number(n, "maintenance_rate", Decimal.parse("0.005"));
        GateioJson.number(n, "margin", p.margin());
        n.put("mode", "single");
        GateioJson.number(n, "realised_pnl", p.realisedPnl());
        n.put("realised_point", 0);
        n.put("risk_limit", 1_000_000);
        GateioJson.size(n, "size", p.size(), decimalSizes);
        n.put("time", p.updateTimeMillis() / 1000);
        n.put("time_ms", p.updateTimeMillis());
        n.put("user", p.userId());
        n.put("update_id", p.updateSeq());
        return n;
    }
}
