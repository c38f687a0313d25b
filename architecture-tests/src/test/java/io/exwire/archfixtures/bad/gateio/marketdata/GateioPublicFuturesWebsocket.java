package io.exwire.archfixtures.bad.gateio.marketdata;

import io.exwire.archfixtures.bad.core.marketdata.PublicFuturesWebsocket;

import java.util.List;

/** Breaks publicWebsocketsInitializeWithSymbolsAndChannels: adds an initialize overload. */
public final class GateioPublicFuturesWebsocket extends PublicFuturesWebsocket {
    /** @param symbols symbols */
    public void initialize(List<String> symbols) {
    }
}
