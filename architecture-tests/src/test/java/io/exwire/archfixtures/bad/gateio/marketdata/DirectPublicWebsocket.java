package io.exwire.archfixtures.bad.gateio.marketdata;

import io.exwire.archfixtures.bad.api.marketdata.BasePublicWebsocket;

import java.util.List;
import java.util.Set;

/** Breaks websocketHierarchyIsPortThenCoreBaseThenVenue: implements the port around core. */
public final class DirectPublicWebsocket implements BasePublicWebsocket {
    @Override
    public void initialize(List<String> symbols, Set<String> channels) {
    }
}
