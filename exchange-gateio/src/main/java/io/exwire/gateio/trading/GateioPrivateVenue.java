package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateVenue;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioLimits;
import io.exwire.spi.VenueLimits;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Gate.io's private stream facts for one market. The private stream shares the public endpoint; every private
 * subscription is signed on its own (no login frame). Futures subscriptions need the account's user id, taken from
 * the credentials or from the component's REST client.
 */
final class GateioPrivateVenue implements PrivateVenue {

    private final MarketType market;

    GateioPrivateVenue(MarketType market) {
        this.market = market;
    }

    @Override
    public ExchangeId exchange() {
        return GateioEndpoints.EXCHANGE;
    }

    @Override
    public MarketType market() {
        return market;
    }

    @Override
    public URI defaultEndpoint() {
        return GateioEndpoints.websocket(market);
    }

    @Override
    public VenueLimits limits() {
        return GateioLimits.of(market);
    }

    /**
     * Futures connections ask for decimal sizes ({@code X-Gate-Size-Decimal: 1}); without it Gate.io truncates
     * fractional contract sizes to integers. The decoders accept both forms.
     */
    @Override
    public java.util.Map<String, String> handshakeHeaders(ExchangeConfig config) {
        return market == MarketType.FUTURES ? java.util.Map.of("X-Gate-Size-Decimal", "1") : java.util.Map.of();
    }

    @Override
    public PrivateRestClient rest(ExchangeConfig config, Credentials credentials) {
        return new GateioPrivateRestClient(config, credentials);
    }

    @Override
    public PrivateProtocol newProtocol(ExchangeConfig config, Credentials credentials, PrivateRestClient rest) {
        Supplier<String> userIds;
        if (rest instanceof GateioPrivateRestClient gateio) {
            userIds = gateio::userId;
        } else {
            userIds = () -> {
                try (GateioPrivateRestClient own = new GateioPrivateRestClient(config, credentials)) {
                    return own.userId();
                }
            };
        }
        return new GateioPrivateProtocol(market, credentials, userIds);
    }
}
