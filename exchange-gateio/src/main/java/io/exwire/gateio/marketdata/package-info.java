/**
 * Gate.io public market data (spot and USDT perpetual futures): the public websockets, their
 * {@link io.exwire.core.marketdata.PublicVenue} and {@link io.exwire.core.marketdata.PublicProtocol}, allocation-free
 * decoders of every public channel, and the public REST client. Never refers to the trading package or to
 * credentials.
 */
package io.exwire.gateio.marketdata;
