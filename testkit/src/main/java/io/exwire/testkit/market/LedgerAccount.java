package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable state of one account; guarded by the ledger's lock. */
final class LedgerAccount {

    final String userId;
    final Map<String, Decimal[]> balances = new TreeMap<>();
    final Map<String, LedgerOrder> orders = new LinkedHashMap<>();
    final Map<Symbol, MutablePosition> positions = new LinkedHashMap<>();
    final List<OwnFill> fills = new ArrayList<>();
    long positionSeq;

    LedgerAccount(String userId) {
        this.userId = userId;
    }

    /** @return {total, locked} of the asset, created at zero */
    Decimal[] balance(String asset) {
        return balances.computeIfAbsent(asset, a -> new Decimal[] {Decimal.ZERO, Decimal.ZERO});
    }

    BalanceState balanceState(String asset) {
        Decimal[] b = balance(asset);
        return new BalanceState(asset, b[0], b[1]);
    }

    MutablePosition position(Symbol symbol) {
        return positions.computeIfAbsent(symbol, MutablePosition::new);
    }

    /** The mutable state of one futures position. */
    static final class MutablePosition {
        final Symbol symbol;
        Decimal size = Decimal.ZERO;
        Decimal entryPrice = Decimal.ZERO;
        Decimal margin = Decimal.ZERO;
        Decimal realisedPnl = Decimal.ZERO;
        long updateSeq;
        long updateTimeMillis;

        MutablePosition(Symbol symbol) {
            this.symbol = symbol;
        }

        PositionState snapshot(String userId, int leverage) {
            return new PositionState(userId, symbol, size, entryPrice, margin, realisedPnl, leverage, updateSeq,
                    updateTimeMillis);
        }
    }
}
