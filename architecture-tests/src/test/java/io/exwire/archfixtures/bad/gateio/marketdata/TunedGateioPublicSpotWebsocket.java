package io.exwire.archfixtures.bad.gateio.marketdata;

/** Breaks websocketHierarchyIsPortThenCoreBaseThenVenue: one level too deep. */
public final class TunedGateioPublicSpotWebsocket extends GateioPublicSpotWebsocket {
}
