/**
 * The neutral configuration of exwire: {@link io.exwire.api.ExchangeConfig}, reconnection policy and dispatch mode. Connection-state, error and gap callbacks live in {@link io.exwire.api.connection}; metrics in {@link io.exwire.api.metrics}.
 *
 * <p>The two domains live in their own packages and share nothing but this package and
 * {@link io.exwire.api.model}: {@link io.exwire.api.marketdata} (public market data, symbols mandatory, no
 * credentials) and {@link io.exwire.api.trading} (private account streams, authenticated, account-wide).
 *
 * <p><b>Async model.</b> Operations that talk to a venue return a {@link java.util.concurrent.CompletableFuture}
 * and never block the caller: {@code initialize} completes when the venue has answered every subscription (or
 * accepted the authentication) and fails with a typed {@link io.exwire.api.exception.ExwireException} otherwise.
 * Argument errors are thrown at once, before any I/O. {@code close()} is synchronous and idempotent.
 */
package io.exwire.api;
