package io.exwire.archfixtures.bad.core.trading;

import io.exwire.archfixtures.bad.api.trading.BasePrivateWebsocket;

/** Correct core base. */
public abstract class PrivateSpotWebsocket implements BasePrivateWebsocket {
    @Override
    public void initialize() {
    }
}
