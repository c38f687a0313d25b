package io.exwire.testkit.market;

/**
 * Receives every {@link LedgerEvent}. Called on the thread that changed the ledger, while the ledger's lock is
 * held, in the order the changes happened: keep it short (enqueue, do not block) and never call back into the
 * ledger's mutating methods.
 */
@FunctionalInterface
public interface LedgerListener {

    /**
     * @param event the event
     */
    void onEvent(LedgerEvent event);
}
