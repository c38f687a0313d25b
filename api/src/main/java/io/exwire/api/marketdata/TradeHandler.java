package io.exwire.api.marketdata;

/**
 * Receives one trade. Called on the component's dispatcher thread (see {@link io.exwire.api.DispatchMode}), never
 * concurrently; views are valid only during the call. Must not block; an exception it throws is reported to the
 * error handler and the stream goes on.
 */
@FunctionalInterface
public interface TradeHandler {

    /**
     * Handles one event.
     *
     * @param trade the event
     */
    void onTrade(TradeView trade);
}
