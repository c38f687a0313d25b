package io.exwire.testkit.gateio;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.market.NewOrder;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.SimulatedLedger;

import java.util.List;

/**
 * A scripted Gate.io account: every action goes through the shared {@link SimulatedLedger}, so it is pushed on the
 * private channels and visible over REST exactly like a REST-placed order. Thread-safe.
 */
final class GateioAccount implements SimulatedAccount {

    private final String apiKey;
    private final String userId;
    private final SimulatedLedger ledger;

    GateioAccount(String apiKey, String userId, SimulatedLedger ledger) {
        this.apiKey = apiKey;
        this.userId = userId;
        this.ledger = ledger;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    String userId() {
        return userId;
    }

    @Override
    public String placeLimit(Symbol symbol, Side side, Decimal price, Decimal size) {
        return ledger.place(userId, NewOrder.limit(symbol, side, price, size)).orderId();
    }

    @Override
    public void fill(String orderId, Decimal size) {
        ledger.fill(orderId, size);
    }

    @Override
    public void cancel(String orderId) {
        ledger.cancel(userId, orderId);
    }

    @Override
    public List<String> openOrderIds() {
        return ledger.queries().openOrders(userId, null).stream().map(OrderState::orderId).toList();
    }

    @Override
    public Decimal available(String asset) {
        return ledger.queries().balance(userId, asset).available();
    }

    @Override
    public Decimal position(Symbol symbol) {
        return ledger.queries().position(userId, symbol).size();
    }
}
