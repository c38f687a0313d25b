package io.exwire.core.testing;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateVenue;
import io.exwire.spi.VenueLimits;

import java.net.URI;
import java.time.Duration;

/** The toy venue's private spot stream. */
public final class ToyPrivateVenue implements PrivateVenue {

    private final PrivateRestClient rest;
    private volatile ToyPrivateProtocol protocol;

    /** @param rest the REST client the engine reconciles with */
    public ToyPrivateVenue(PrivateRestClient rest) {
        this.rest = rest;
    }

    /** @return the protocol the engine created */
    public ToyPrivateProtocol protocol() {
        return protocol;
    }

    @Override
    public ExchangeId exchange() {
        return ToyPublicVenue.ID;
    }

    @Override
    public MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    public URI defaultEndpoint() {
        return URI.create("ws://127.0.0.1:9/unused");
    }

    @Override
    public VenueLimits limits() {
        return new VenueLimits(100, 10, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
    }

    @Override
    public PrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return rest;
    }

    @Override
    public PrivateProtocol newProtocol(ExchangeConfig config, Credentials credentials, PrivateRestClient restClient) {
        protocol = new ToyPrivateProtocol(credentials);
        return protocol;
    }
}
