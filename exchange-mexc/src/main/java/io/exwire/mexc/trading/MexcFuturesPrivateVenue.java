package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateVenue;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.spi.VenueLimits;

import java.net.URI;

/**
 * MEXC futures private stream for core: {@code wss://contract.mexc.com/edge}, the futures limits ({@code ping} every
 * 15 s regardless of traffic), {@link MexcFuturesPrivateRestClient} for reconciliation and
 * {@link MexcFuturesPrivateProtocol} (login per connection). Stateless.
 */
public final class MexcFuturesPrivateVenue implements PrivateVenue {

    @Override
    public ExchangeId exchange() {
        return MexcVenue.ID;
    }

    @Override
    public MarketType market() {
        return MarketType.FUTURES;
    }

    @Override
    public URI defaultEndpoint() {
        return MexcVenue.FUTURES_WEBSOCKET;
    }

    @Override
    public VenueLimits limits() {
        return MexcVenue.FUTURES_LIMITS;
    }

    @Override
    public PrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new MexcFuturesPrivateRestClient(config, credentials);
    }

    @Override
    public PrivateProtocol newProtocol(ExchangeConfig config, Credentials credentials, PrivateRestClient rest) {
        return new MexcFuturesPrivateProtocol(new FuturesSigner(credentials.apiKey(), credentials.apiSecret()),
                config);
    }
}
