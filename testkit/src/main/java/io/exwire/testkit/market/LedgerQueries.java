package io.exwire.testkit.market;

import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries over a {@link SimulatedLedger}, each an immutable copy taken under the ledger's lock.
 * Thread-safe.
 */
public final class LedgerQueries {

    private final SimulatedLedger ledger;

    LedgerQueries(SimulatedLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param userId the user
     * @return whether the account exists
     */
    public boolean hasAccount(String userId) {
        synchronized (ledger) {
            try {
                ledger.account(userId);
                return true;
            } catch (LedgerException e) {
                return false;
            }
        }
    }

    /**
     * @param userId the user
     * @param orderId the order
     * @return the order, if it belongs to the user
     */
    public Optional<OrderState> order(String userId, String orderId) {
        synchronized (ledger) {
            LedgerOrder o = ledger.account(userId).orders.get(orderId);
            return Optional.ofNullable(o).map(LedgerOrder::snapshot);
        }
    }

    /**
     * @param userId the user
     * @param symbol only this symbol, or null for all
     * @return open orders, oldest first
     */
    public List<OrderState> openOrders(String userId, Symbol symbol) {
        synchronized (ledger) {
            List<OrderState> out = new ArrayList<>();
            for (LedgerOrder o : ledger.account(userId).orders.values()) {
                if (o.isOpen() && (symbol == null || o.request.symbol().equals(symbol))) {
                    out.add(o.snapshot());
                }
            }
            return out;
        }
    }

    /**
     * @param userId the user
     * @param symbol only this symbol, or null for all
     * @return finished orders, oldest first
     */
    public List<OrderState> finishedOrders(String userId, Symbol symbol) {
        synchronized (ledger) {
            List<OrderState> out = new ArrayList<>();
            for (LedgerOrder o : ledger.account(userId).orders.values()) {
                if (!o.isOpen() && (symbol == null || o.request.symbol().equals(symbol))) {
                    out.add(o.snapshot());
                }
            }
            return out;
        }
    }

    /**
     * @param userId the user
     * @return every balance, by asset name
     */
    public List<BalanceState> balances(String userId) {
        synchronized (ledger) {
            LedgerAccount account = ledger.account(userId);
            return account.balances.keySet().stream().map(account::balanceState).toList();
        }
    }

    /**
     * @param userId the user
     * @param asset the asset
     * @return the balance (zero if never held)
     */
    public BalanceState balance(String userId, String asset) {
        synchronized (ledger) {
            LedgerAccount account = ledger.account(userId);
            return account.balances.containsKey(asset) ? account.balanceState(asset)
                    : new BalanceState(asset, io.exwire.api.model.Decimal.ZERO, io.exwire.api.model.Decimal.ZERO);
        }
    }

    /**
     * @param userId the user
     * @return every position ever opened (flat ones included)
     */
    public List<PositionState> positions(String userId) {
        synchronized (ledger) {
            LedgerAccount account = ledger.account(userId);
            return account.positions.values().stream()
                    .map(p -> p.snapshot(userId, SimulatedLedger.futuresLeverage())).toList();
        }
    }

    /**
     * @param userId the user
     * @param symbol the contract
     * @return the position (flat if never opened)
     */
    public PositionState position(String userId, Symbol symbol) {
        synchronized (ledger) {
            LedgerAccount account = ledger.account(userId);
            LedgerAccount.MutablePosition p = account.positions.get(symbol);
            return (p != null ? p : new LedgerAccount.MutablePosition(symbol))
                    .snapshot(userId, SimulatedLedger.futuresLeverage());
        }
    }

    /**
     * @param userId the user
     * @param symbol only this symbol, or null
     * @param orderId only this order, or null
     * @return own trades, oldest first
     */
    public List<OwnFill> fills(String userId, Symbol symbol, String orderId) {
        synchronized (ledger) {
            return ledger.account(userId).fills.stream()
                    .filter(f -> symbol == null || f.symbol().equals(symbol))
                    .filter(f -> orderId == null || f.orderId().equals(orderId))
                    .toList();
        }
    }
}
