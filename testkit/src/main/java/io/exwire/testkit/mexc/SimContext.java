package io.exwire.testkit.mexc;

import io.exwire.testkit.market.SimulatedLedger;
import io.exwire.testkit.market.SimulatedMarket;

/**
 * What every protocol component of one simulator shares. Immutable holder of thread-safe parts.
 *
 * @param market the simulated market
 * @param ledger the accounts
 * @param symbols the venue's symbol spellings
 * @param config timers and limits
 * @param faults armed and ongoing faults
 * @param accounts the registered API keys
 */
record SimContext(SimulatedMarket market, SimulatedLedger ledger, VenueSymbols symbols, MexcSimulatorConfig config,
                  FaultState faults, MexcAccounts accounts) {

    /** @return the simulator's current time in ms */
    long now() {
        return market.nowMillis();
    }
}
