package io.exwire.api.marketdata;

/**
 * Receives a book gap. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently; views are valid only during the call. Must not block; an exception it throws is reported to the
 * error handler and the stream goes on.
 */
@FunctionalInterface
public interface BookGapHandler {

    /**
     * Handles one event.
     *
     * @param gap the event
     */
    void onBookGap(BookGap gap);
}
