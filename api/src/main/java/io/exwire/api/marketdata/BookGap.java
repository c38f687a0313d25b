package io.exwire.api.marketdata;

import io.exwire.api.model.Symbol;

/**
 * A symbol's book lost continuity and is being resynchronised; other symbols stay live.
 *
 * @param symbol the symbol
 * @param expected the update id that would have continued the book (0 when not applicable)
 * @param received the first update id received instead (0 when not applicable)
 * @param reason e.g. {@code "sequence gap"}, {@code "crossed book"}, {@code "reconnect"}, {@code "stale"}
 */
public record BookGap(Symbol symbol, long expected, long received, String reason) {
}
