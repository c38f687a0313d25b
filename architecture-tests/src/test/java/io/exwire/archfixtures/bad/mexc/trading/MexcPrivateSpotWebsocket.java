package io.exwire.archfixtures.bad.mexc.trading;

import io.exwire.archfixtures.bad.core.trading.PrivateSpotWebsocket;

import java.util.List;

/** Breaks privateWebsocketsInitializeWithoutArguments: a private websocket taking symbols. */
public final class MexcPrivateSpotWebsocket extends PrivateSpotWebsocket {
    /** @param symbols symbols */
    public void initialize(List<String> symbols) {
    }
}
