package io.exwire.api.marketdata;

/**
 * Receives the book after an update. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently; views are valid only during the call. Must not block; an exception it throws is reported to the
 * error handler and the stream goes on.
 */
@FunctionalInterface
public interface OrderBookHandler {

    /**
     * Handles one event.
     *
     * @param book the event
     */
    void onOrderBook(OrderBookView book);
}
