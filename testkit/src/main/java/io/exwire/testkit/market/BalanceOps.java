package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;

/** Changes one balance and records the event; called under the ledger's lock. */
final class BalanceOps {

    private BalanceOps() {
    }

    static void change(LedgerAccount account, String asset, Decimal totalChange, Decimal lockedChange,
                       LedgerEvent.BalanceChange reason, String text, Settlement.Ctx ctx) {
        if (totalChange.isZero() && lockedChange.isZero()) {
            return;
        }
        Decimal[] b = account.balance(asset);
        b[0] = b[0].add(totalChange);
        b[1] = b[1].add(lockedChange);
        ctx.events().add(new LedgerEvent.BalanceEvent(account.userId, account.balanceState(asset), totalChange,
                lockedChange, reason, text, ctx.nowMillis()));
    }

    static void requireAvailable(LedgerAccount account, String asset, Decimal amount) {
        BalanceState state = account.balanceState(asset);
        if (state.available().compareTo(amount) < 0) {
            throw new LedgerException(LedgerException.Reason.BALANCE_NOT_ENOUGH,
                    "not enough " + asset + ": available " + state.available() + ", needed " + amount);
        }
    }
}
