package io.exwire.mexc;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.mexc.marketdata.MexcFuturesPublicComponents;
import io.exwire.mexc.marketdata.MexcSpotPublicComponents;
import io.exwire.mexc.trading.MexcFuturesPrivateComponents;
import io.exwire.mexc.trading.MexcSpotPrivateComponents;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.spi.ExchangeProvider;
import io.exwire.spi.VenueLimits;
import io.exwire.spi.marketdata.PublicComponents;
import io.exwire.spi.trading.PrivateComponents;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The MEXC provider, id {@code mexc}: SPOT (protobuf pushes on {@code wss://wbs-api.mexc.com/ws}, REST
 * {@code https://api.mexc.com}) and FUTURES (USDT perpetuals, JSON on {@code wss://contract.mexc.com/edge}, REST
 * {@code https://contract.mexc.com}), each with public and private components. Endpoints are overridden with
 * {@code ExchangeConfig.websocketUri}/{@code restUri}.
 *
 * <p><b>Venue options</b> ({@code ExchangeConfig.Builder.venueOption}), validated when a component is created:
 * <table>
 *   <caption>options</caption>
 *   <tr><th>option</th><th>market</th><th>values</th></tr>
 *   <tr><td>{@code interval}</td><td>SPOT public</td><td>{@code 100ms} (default) or {@code 10ms}: push window of the
 *   aggregated deals, depth and book-ticker channels</td></tr>
 *   <tr><td>{@code tickerTimezone}</td><td>SPOT public</td><td>{@code 24H} (default) or {@code UTC-10} …
 *   {@code UTC+13}: window of the mini ticker's change</td></tr>
 *   <tr><td>{@code compress}</td><td>FUTURES public</td><td>{@code false} (default: one push per depth version and
 *   per deal) or {@code true} (venue merging)</td></tr>
 *   <tr><td>{@code openType}</td><td>FUTURES private</td><td>{@code cross} (default) or {@code isolated}</td></tr>
 *   <tr><td>{@code leverage}</td><td>FUTURES private</td><td>1..200; sent with new orders, required with
 *   {@code isolated}</td></tr>
 * </table>
 *
 * <p>Stateless, thread-safe and cheap to construct (no I/O), as {@link ExchangeProvider} requires.
 */
public final class MexcProvider implements ExchangeProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public MexcProvider() {
        // stateless
    }

    @Override
    public ExchangeId id() {
        return MexcVenue.ID;
    }

    @Override
    public Set<MarketType> markets() {
        return EnumSet.of(MarketType.SPOT, MarketType.FUTURES);
    }

    @Override
    public VenueLimits limits(MarketType market) {
        return switch (requireServed(market)) {
            case SPOT -> MexcVenue.SPOT_LIMITS;
            case FUTURES -> MexcVenue.FUTURES_LIMITS;
        };
    }

    @Override
    public Optional<PublicComponents> publicComponents(MarketType market) {
        return Optional.of(switch (requireServed(market)) {
            case SPOT -> new MexcSpotPublicComponents();
            case FUTURES -> new MexcFuturesPublicComponents();
        });
    }

    @Override
    public Optional<PrivateComponents> privateComponents(MarketType market) {
        return Optional.of(switch (requireServed(market)) {
            case SPOT -> new MexcSpotPrivateComponents();
            case FUTURES -> new MexcFuturesPrivateComponents();
        });
    }

    private static MarketType requireServed(MarketType market) {
        if (market == null) {
            throw new IllegalArgumentException("market must not be null");
        }
        return market;
    }

    @Override
    public String toString() {
        return "MexcProvider[mexc: SPOT, FUTURES]";
    }
}
