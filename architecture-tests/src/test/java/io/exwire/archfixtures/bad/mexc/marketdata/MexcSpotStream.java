package io.exwire.archfixtures.bad.mexc.marketdata;

import io.exwire.archfixtures.bad.core.marketdata.PublicSpotWebsocket;

/** Breaks venueWebsocketsAreNamedAndPlacedByConvention: not named MexcPublicSpotWebsocket. */
public final class MexcSpotStream extends PublicSpotWebsocket {
}
