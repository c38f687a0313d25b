package io.exwire.api.trading;

/**
 * Receives the outcome of each REST reconciliation. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently, in the order the venue sent them. Must not block; an exception it throws is reported to the error
 * handler and the stream goes on.
 */
@FunctionalInterface
public interface ReconciliationHandler {

    /**
     * Handles one event.
     *
     * @param reconciliation the event
     */
    void onReconciled(Reconciliation reconciliation);
}
