package io.exwire.archfixtures.bad.core.trading;

import io.exwire.archfixtures.bad.api.trading.BasePrivateWebsocket;

/** Breaks websocketHierarchyIsPortThenCoreBaseThenVenue: a core base that does not extend Object. */
public abstract class PrivateFuturesWebsocket extends AbstractPrivateBase implements BasePrivateWebsocket {
    @Override
    public void initialize() {
    }
}
