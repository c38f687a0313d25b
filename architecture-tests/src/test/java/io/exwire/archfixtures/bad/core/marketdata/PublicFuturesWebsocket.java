package io.exwire.archfixtures.bad.core.marketdata;

import io.exwire.archfixtures.bad.api.marketdata.BasePublicWebsocket;

import java.util.List;
import java.util.Set;

/** Correct core base. */
public abstract class PublicFuturesWebsocket implements BasePublicWebsocket {
    @Override
    public final void initialize(List<String> symbols, Set<String> channels) {
    }
}
