package io.exwire.core.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.spi.VenueLimits;

import java.net.URI;

/**
 * Everything core needs to know about one venue market's private stream. With {@link PrivateProtocol}, all a venue
 * adapter writes for the private domain. Stateless and thread-safe.
 */
public interface PrivateVenue {

    /** @return the venue */
    ExchangeId exchange();

    /** @return the market */
    MarketType market();

    /** @return the production websocket endpoint */
    URI defaultEndpoint();

    /** @return the venue's documented limits */
    VenueLimits limits();

    /**
     * @param config the configuration
     * @return extra headers for the websocket upgrade request
     */
    default java.util.Map<String, String> handshakeHeaders(ExchangeConfig config) {
        return java.util.Map.of();
    }

    /**
     * @param config the configuration
     * @param credentials the credentials
     * @return a new signed REST client, used for reconciliation after every (re)connect and by composites
     */
    PrivateRestClient rest(ExchangeConfig config, Credentials credentials);

    /**
     * Creates the protocol state of a private component (it lives across reconnects, e.g. to keep a listen key).
     *
     * @param config the configuration
     * @param credentials the credentials
     * @param rest the component's REST client
     * @return a new protocol instance
     */
    PrivateProtocol newProtocol(ExchangeConfig config, Credentials credentials, PrivateRestClient rest);
}
