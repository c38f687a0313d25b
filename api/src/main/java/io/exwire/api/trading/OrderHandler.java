package io.exwire.api.trading;

/**
 * Receives order changes. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently, in the order the venue sent them. Must not block; an exception it throws is reported to the error
 * handler and the stream goes on.
 */
@FunctionalInterface
public interface OrderHandler {

    /**
     * Handles one event.
     *
     * @param order the event
     */
    void onOrder(Order order);
}
