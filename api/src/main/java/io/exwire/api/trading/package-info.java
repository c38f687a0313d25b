/**
 * The private trading domain: {@link io.exwire.api.trading.BasePrivateWebsocket} (authenticated, account-wide,
 * no symbols), its handlers and immutable account events, {@link io.exwire.api.trading.Credentials}, the signed
 * REST client and the private composite. Nothing here refers to {@link io.exwire.api.marketdata}.
 */
package io.exwire.api.trading;
