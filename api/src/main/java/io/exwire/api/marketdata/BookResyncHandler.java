package io.exwire.api.marketdata;

/**
 * Receives a book live again. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently; views are valid only during the call. Must not block; an exception it throws is reported to the
 * error handler and the stream goes on.
 */
@FunctionalInterface
public interface BookResyncHandler {

    /**
     * Handles one event.
     *
     * @param resynced the event
     */
    void onBookResynced(BookResynced resynced);
}
