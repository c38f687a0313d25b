package io.exwire.api.marketdata;

/**
 * Receives best bid and ask. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently; views are valid only during the call. Must not block; an exception it throws is reported to the
 * error handler and the stream goes on.
 */
@FunctionalInterface
public interface BookTickerHandler {

    /**
     * Handles one event.
     *
     * @param bookTicker the event
     */
    void onBookTicker(BookTickerView bookTicker);
}
