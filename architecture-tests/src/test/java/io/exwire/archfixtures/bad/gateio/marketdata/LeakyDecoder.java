package io.exwire.archfixtures.bad.gateio.marketdata;

import io.exwire.archfixtures.bad.api.trading.Credentials;

/** Breaks marketdataNeverDependsOnTrading and publicSideNeverReachesSecrets: a public decoder holding credentials. */
public final class LeakyDecoder {
    private Credentials credentials;

    /** @param credentials credentials */
    public void use(Credentials credentials) {
        this.credentials = credentials;
    }
}
