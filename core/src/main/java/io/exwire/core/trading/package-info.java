/**
 * Core of the private trading domain: the abstract bases {@link io.exwire.core.trading.PrivateSpotWebsocket} and
 * {@link io.exwire.core.trading.PrivateFuturesWebsocket}, the engine they delegate to (authentication,
 * re-authentication, reconciliation), HMAC signing, and the contract a venue adapter implements
 * ({@link io.exwire.core.trading.PrivateVenue}, {@link io.exwire.core.trading.PrivateProtocol}). Never depends on
 * {@code io.exwire.core.marketdata}.
 */
package io.exwire.core.trading;
