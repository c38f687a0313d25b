package io.exwire.testkit.market;

/**
 * The outcome of advancing one book by one event. Immutable.
 *
 * @param delta the levels that changed (possibly empty, still consuming one update id)
 * @param trade the trade that caused the change, or {@code null}
 * @param top the best bid/ask after the step
 * @param topChanged whether the best bid/ask prices or sizes changed
 */
public record MarketStep(BookDelta delta, MarketTrade trade, BookTop top, boolean topChanged) {
}
