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
 * MEXC spot private stream for core: {@code wss://wbs-api.mexc.com/ws?listenKey=..}, the spot limits
 * ({@code PING} every 20 s, 24 h lifetime), {@link MexcSpotPrivateRestClient} for reconciliation and
 * {@link MexcSpotPrivateProtocol}. Stateless.
 */
public final class MexcSpotPrivateVenue implements PrivateVenue {

    @Override
    public ExchangeId exchange() {
        return MexcVenue.ID;
    }

    @Override
    public MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    public URI defaultEndpoint() {
        return MexcVenue.SPOT_WEBSOCKET;
    }

    @Override
    public VenueLimits limits() {
        return MexcVenue.SPOT_LIMITS;
    }

    @Override
    public PrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new MexcSpotPrivateRestClient(config, credentials);
    }

    @Override
    public PrivateProtocol newProtocol(ExchangeConfig config, Credentials credentials, PrivateRestClient rest) {
        if (rest instanceof MexcSpotPrivateRestClient own) {
            return new MexcSpotPrivateProtocol(own, false, config);
        }
        return new MexcSpotPrivateProtocol(new MexcSpotPrivateRestClient(config, credentials), true, config);
    }
}
