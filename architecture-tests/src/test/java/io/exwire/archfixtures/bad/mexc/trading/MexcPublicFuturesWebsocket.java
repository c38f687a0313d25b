package io.exwire.archfixtures.bad.mexc.trading;

import io.exwire.archfixtures.bad.core.marketdata.PublicFuturesWebsocket;

/** Breaks venueWebsocketsAreNamedAndPlacedByConvention: a public websocket in a trading package. */
public final class MexcPublicFuturesWebsocket extends PublicFuturesWebsocket {
}
