package io.exwire.testkit.mexc;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.SimulatedLedger;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered API accounts of a simulator, by API key. A new account is funded generously: one million USDT,
 * plus base assets on spot. Thread-safe.
 */
final class MexcAccounts {

    private static final Decimal QUOTE_FUNDS = Decimal.ofLong(1_000_000);
    private static final Decimal BASE_FUNDS_NOTIONAL = Decimal.ofLong(500_000);

    private final Map<String, MexcAccount> byKey = new ConcurrentHashMap<>();
    private final SimulatedLedger ledger;
    private final MarketType market;
    private final Collection<InstrumentSpec> instruments;

    MexcAccounts(SimulatedLedger ledger, MarketType market, Collection<InstrumentSpec> instruments) {
        this.ledger = ledger;
        this.market = market;
        this.instruments = instruments;
    }

    synchronized MexcAccount add(String apiKey, String secret, String userId) {
        if (byKey.containsKey(apiKey)) {
            throw new IllegalArgumentException("API key already registered: " + apiKey);
        }
        ledger.addAccount(userId, initialBalances());
        MexcAccount account = new MexcAccount(apiKey, secret, userId, ledger, market);
        byKey.put(apiKey, account);
        return account;
    }

    /**
     * @param apiKey a key
     * @return the account, or null if unknown
     */
    MexcAccount byKey(String apiKey) {
        return apiKey == null ? null : byKey.get(apiKey);
    }

    private Map<String, Decimal> initialBalances() {
        Map<String, Decimal> balances = new LinkedHashMap<>();
        balances.put("USDT", QUOTE_FUNDS);
        if (market == MarketType.SPOT) {
            for (InstrumentSpec spec : instruments) {
                long units = BASE_FUNDS_NOTIONAL.toBigDecimal()
                        .divide(spec.initialMid().toBigDecimal(), 0, RoundingMode.DOWN).longValueExact();
                balances.put(spec.symbol().base(), Decimal.ofLong(Math.max(1, units)));
            }
        }
        return balances;
    }
}
