package io.exwire.testkit.mexc;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.SimulatedAccount;
import io.exwire.testkit.market.NewOrder;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.SimulatedLedger;

import java.util.List;

/**
 * A registered MEXC API account: its credentials and its control over the shared ledger. Order ids are the venue's:
 * spot ids look like {@code C02__64000000000000001}, futures ids are the ledger's numeric strings.
 *
 * <p>Thread-safe (the ledger serializes every change).
 */
final class MexcAccount implements SimulatedAccount {

    static final String SPOT_ORDER_PREFIX = "C02__";

    private final String apiKey;
    private final String secret;
    private final String userId;
    private final SimulatedLedger ledger;
    private final MarketType market;

    MexcAccount(String apiKey, String secret, String userId, SimulatedLedger ledger, MarketType market) {
        this.apiKey = apiKey;
        this.secret = secret;
        this.userId = userId;
        this.ledger = ledger;
        this.market = market;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    String secret() {
        return secret;
    }

    String userId() {
        return userId;
    }

    /**
     * @param market spot or futures
     * @param ledgerOrderId the ledger's id
     * @return the id the venue shows
     */
    static String venueOrderId(MarketType market, String ledgerOrderId) {
        return market == MarketType.SPOT ? SPOT_ORDER_PREFIX + ledgerOrderId : ledgerOrderId;
    }

    /**
     * @param venueOrderId an id as the venue shows it
     * @return the ledger's id (unchanged if it has no spot prefix)
     */
    static String ledgerOrderId(String venueOrderId) {
        return venueOrderId.startsWith(SPOT_ORDER_PREFIX) ? venueOrderId.substring(SPOT_ORDER_PREFIX.length())
                : venueOrderId;
    }

    @Override
    public String placeLimit(Symbol symbol, Side side, Decimal price, Decimal size) {
        OrderState order = ledger.place(userId, NewOrder.limit(symbol, side, price, size));
        return venueOrderId(market, order.orderId());
    }

    @Override
    public void fill(String orderId, Decimal size) {
        ledger.fill(ledgerOrderId(orderId), size);
    }

    @Override
    public void cancel(String orderId) {
        ledger.cancel(userId, ledgerOrderId(orderId));
    }

    @Override
    public List<String> openOrderIds() {
        return ledger.queries().openOrders(userId, null).stream()
                .map(o -> venueOrderId(market, o.orderId())).toList();
    }

    @Override
    public Decimal available(String asset) {
        return ledger.queries().balance(userId, asset).available();
    }

    @Override
    public Decimal position(Symbol symbol) {
        return market == MarketType.SPOT ? Decimal.ZERO : ledger.queries().position(userId, symbol).size();
    }
}
