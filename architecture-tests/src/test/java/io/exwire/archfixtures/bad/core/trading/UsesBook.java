package io.exwire.archfixtures.bad.core.trading;

import io.exwire.archfixtures.bad.api.marketdata.BasePublicWebsocket;

/** Breaks tradingNeverDependsOnMarketdata: trading code holds a public websocket. */
public final class UsesBook {
    private BasePublicWebsocket book;

    /** @param book the book stream */
    public void attach(BasePublicWebsocket book) {
        this.book = book;
    }
}
