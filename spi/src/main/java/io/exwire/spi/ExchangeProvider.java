package io.exwire.spi;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.spi.marketdata.PublicComponents;
import io.exwire.spi.trading.PrivateComponents;

import java.util.Optional;
import java.util.Set;

/**
 * One venue's entry point, found by {@link java.util.ServiceLoader}. Implementations must have a public no-argument
 * constructor (or a static {@code provider()} method on the module path), be cheap to construct (no I/O), stateless
 * and thread-safe. Discovery ({@code io.exwire.core.Exchanges}) refuses a provider whose {@link #spiVersion()}
 * differs from {@link #SPI_VERSION}, warns when two providers claim one {@link #id()} and keeps the one whose class
 * name sorts first, and skips a provider that fails to load without breaking the others.
 */
public interface ExchangeProvider {

    /** The SPI version this interface describes; bumped on incompatible changes. */
    int SPI_VERSION = 1;

    /**
     * Returns the SPI version the provider was built against; must equal {@link #SPI_VERSION}.
     *
     * @return the SPI version the provider was built against; must equal {@link #SPI_VERSION}
     */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /**
     * Returns the venue id, e.g. {@code gateio}.
     *
     * @return the venue id, e.g. {@code gateio}
     */
    ExchangeId id();

    /**
     * Returns the markets the provider serves.
     *
     * @return the markets the provider serves
     */
    Set<MarketType> markets();

    /**
     * The venue's documented limits for a market.
     *
     * @param market a market from {@link #markets()}
     * @return the limits
     * @throws IllegalArgumentException for a market not served
     */
    VenueLimits limits(MarketType market);

    /**
     * Public market-data components of a market.
     *
     * @param market the market
     * @return the factory, or empty when the market has no public stream here
     */
    Optional<PublicComponents> publicComponents(MarketType market);

    /**
     * Private trading components of a market.
     *
     * @param market the market
     * @return the factory, or empty when the market has no private stream here
     */
    Optional<PrivateComponents> privateComponents(MarketType market);
}
