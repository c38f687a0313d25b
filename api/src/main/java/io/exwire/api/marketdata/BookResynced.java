package io.exwire.api.marketdata;

import io.exwire.api.model.Symbol;

/**
 * A symbol's book is live again after a gap or a (re)subscription.
 *
 * @param symbol the symbol
 * @param sequence the update id the book is at
 */
public record BookResynced(Symbol symbol, long sequence) {
}
