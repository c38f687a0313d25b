/**
 * Gate.io private trading (spot and USDT perpetual futures): the private websockets with signed subscriptions, their
 * {@link io.exwire.core.trading.PrivateVenue} and {@link io.exwire.core.trading.PrivateProtocol}, the decoders of
 * orders, fills, balances and positions, the signer, and the signed REST client. Never refers to the public
 * market-data package.
 */
package io.exwire.gateio.trading;
