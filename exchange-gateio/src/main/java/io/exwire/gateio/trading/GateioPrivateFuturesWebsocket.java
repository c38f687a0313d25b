package io.exwire.gateio.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateWebsocketHandlers;
import io.exwire.core.trading.PrivateFuturesWebsocket;

/**
 * Gate.io USDT perpetual futures private stream ({@code wss://fx-ws.gateio.ws/v4/ws/usdt}): {@code futures.orders},
 * {@code futures.usertrades}, {@code futures.positions} and {@code futures.balances} for every contract, each
 * subscription signed and carrying the account's user id. Sizes are contract counts. All behaviour is core's.
 */
public final class GateioPrivateFuturesWebsocket extends PrivateFuturesWebsocket {

    /**
     * @param config a futures configuration
     * @param credentials the API key and secret, optionally with the Gate.io user id
     * @param handlers the callbacks
     */
    public GateioPrivateFuturesWebsocket(ExchangeConfig config, Credentials credentials,
                                         PrivateWebsocketHandlers handlers) {
        super(config, credentials, handlers, new GateioPrivateVenue(MarketType.FUTURES));
    }
}
