package io.exwire.archfixtures.bad.gateio.marketdata;

import io.exwire.archfixtures.bad.core.marketdata.PublicSpotWebsocket;

/** Correct venue class (not final only so that TunedGateioPublicSpotWebsocket can break the depth rule). */
public class GateioPublicSpotWebsocket extends PublicSpotWebsocket {
}
