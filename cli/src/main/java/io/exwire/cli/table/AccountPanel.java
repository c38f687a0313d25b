package io.exwire.cli.table;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The account state of one private component: open orders, balances (the most recently changed shown first),
 * positions and fills. Thread-safe.
 */
public final class AccountPanel {

    private static final int SHOWN_ASSETS = 3;

    private final ComponentStatus status;
    private final Map<String, Order> openOrders = new LinkedHashMap<>();
    /** Least recently changed first. */
    private final Map<String, Balance> balances = new LinkedHashMap<>();
    private final Map<String, Position> positions = new TreeMap<>();
    private long fills;

    /**
     * @param venue the venue
     * @param market the market
     */
    public AccountPanel(ExchangeId venue, MarketType market) {
        this.status = new ComponentStatus(venue, market);
    }

    /** @return the component's status */
    public ComponentStatus status() {
        return status;
    }

    /** @param order an order change: open orders are kept, others removed */
    public synchronized void order(Order order) {
        if (order.isOpen()) {
            openOrders.put(order.orderId(), order);
        } else {
            openOrders.remove(order.orderId());
        }
    }

    /** @param balance a balance */
    public synchronized void balance(Balance balance) {
        balances.remove(balance.asset());
        balances.put(balance.asset(), balance);
    }

    /** @param position a position: flat ones are removed */
    public synchronized void position(Position position) {
        String key = position.symbol().toString();
        if (position.side() == PositionSide.FLAT || !nonZero(position.size())) {
            positions.remove(key);
        } else {
            positions.put(key, position);
        }
    }

    /** @param trade a fill */
    public synchronized void fill(OwnTrade trade) {
        fills++;
    }

    /** @return a copy for rendering */
    public synchronized PanelView view() {
        return new PanelView(openOrders.size(), fills, balancesText(), positionsText());
    }

    private String balancesText() {
        StringJoiner text = new StringJoiner(", ");
        List<Balance> recentFirst = new ArrayList<>(balances.values());
        Collections.reverse(recentFirst);
        recentFirst.stream()
                .filter(b -> nonZero(b.available()) || nonZero(b.locked()) || nonZero(b.total()))
                .limit(SHOWN_ASSETS)
                .forEach(b -> text.add(balanceText(b)));
        return text.length() == 0 ? Cells.NONE : text.toString();
    }

    private static String balanceText(Balance b) {
        Decimal free = b.available() != null ? b.available() : b.total();
        return b.asset() + " " + Cells.decimal(free) + (nonZero(b.locked()) ? " (" + b.locked() + " locked)" : "");
    }

    private static boolean nonZero(Decimal value) {
        return value != null && !value.isZero();
    }

    private String positionsText() {
        StringJoiner text = new StringJoiner(", ");
        for (Position p : positions.values()) {
            text.add(p.symbol() + " " + p.side().name().toLowerCase(java.util.Locale.ROOT) + " " + Cells.decimal(p.size())
                    + (p.entryPrice() == null ? "" : " @" + p.entryPrice()));
        }
        return text.length() == 0 ? Cells.NONE : text.toString();
    }

    /**
     * A panel as text.
     *
     * @param openOrders open orders now
     * @param fills fills so far
     * @param balances the first non-zero balances
     * @param positions open positions
     */
    public record PanelView(int openOrders, long fills, String balances, String positions) {
    }
}
