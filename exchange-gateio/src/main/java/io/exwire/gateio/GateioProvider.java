package io.exwire.gateio;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.gateio.marketdata.GateioPublicComponents;
import io.exwire.gateio.trading.GateioPrivateComponents;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioLimits;
import io.exwire.spi.ExchangeProvider;
import io.exwire.spi.VenueLimits;
import io.exwire.spi.marketdata.PublicComponents;
import io.exwire.spi.trading.PrivateComponents;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Gate.io provider ({@code gateio}): spot and USDT-settled perpetual futures, public market data and private
 * trading. Endpoints: spot {@code wss://api.gateio.ws/ws/v4/}, futures {@code wss://fx-ws.gateio.ws/v4/ws/usdt},
 * REST {@code https://api.gateio.ws/api/v4}; each may be overridden through the configuration. Symbols
 * {@code BASE/QUOTE} map to Gate.io's {@code BASE_QUOTE}; futures sizes are contract counts. Stateless; found by
 * {@link java.util.ServiceLoader}.
 */
public final class GateioProvider implements ExchangeProvider {

    private static final Set<MarketType> MARKETS = EnumSet.of(MarketType.SPOT, MarketType.FUTURES);

    /** Creates the provider (no I/O). */
    public GateioProvider() {
    }

    @Override
    public ExchangeId id() {
        return GateioEndpoints.EXCHANGE;
    }

    @Override
    public Set<MarketType> markets() {
        return Set.copyOf(MARKETS);
    }

    @Override
    public VenueLimits limits(MarketType market) {
        return GateioLimits.of(served(market));
    }

    @Override
    public Optional<PublicComponents> publicComponents(MarketType market) {
        return Optional.of(new GateioPublicComponents(served(market)));
    }

    @Override
    public Optional<PrivateComponents> privateComponents(MarketType market) {
        return Optional.of(new GateioPrivateComponents(served(market)));
    }

    private static MarketType served(MarketType market) {
        if (!MARKETS.contains(Objects.requireNonNull(market, "market"))) {
            throw new IllegalArgumentException("gateio does not serve " + market);
        }
        return market;
    }

    @Override
    public String toString() {
        return "GateioProvider[spot, futures]";
    }
}
