/**
 * Core of the public market-data domain: the abstract bases {@link io.exwire.core.marketdata.PublicSpotWebsocket}
 * and {@link io.exwire.core.marketdata.PublicFuturesWebsocket}, the engine they delegate to, and the contract a venue
 * adapter implements ({@link io.exwire.core.marketdata.PublicVenue}, {@link io.exwire.core.marketdata.PublicProtocol},
 * fed into {@link io.exwire.core.marketdata.PublicSink}). Never depends on {@code io.exwire.core.trading}.
 */
package io.exwire.core.marketdata;
