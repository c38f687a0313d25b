package io.exwire.api.connection;

import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;

/**
 * One transition of a component's connection state.
 *
 * @param exchange the venue
 * @param market the market
 * @param connectionId a small number identifying the physical connection within the component (sharded
 *     components have several)
 * @param from the state left
 * @param to the state entered
 * @param reason a short, secret-free reason, e.g. {@code "liveness timeout"}, or an empty string
 * @param epochMillis when the transition happened, from the component's clock
 */
public record ConnectionStateChange(ExchangeId exchange, MarketType market, int connectionId,
                                    ConnectionState from, ConnectionState to, String reason, long epochMillis) {
}
