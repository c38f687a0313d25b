package io.exwire.api.trading;

/**
 * The outcome of reconciling account state over REST after a (re)connect: how many differences were found and
 * emitted as {@link AccountEvent}s with {@code reconciled() == true}.
 *
 * @param orders order differences emitted
 * @param balances balance differences emitted
 * @param positions position differences emitted
 * @param epochMillis when reconciliation finished
 */
public record Reconciliation(int orders, int balances, int positions, long epochMillis) {
}
