/**
 * The provider interface of exwire: {@link io.exwire.spi.ExchangeProvider} names a venue, its markets and limits,
 * and hands out the factories of its two domains, {@link io.exwire.spi.marketdata.PublicComponents} and
 * {@link io.exwire.spi.trading.PrivateComponents}. Applications never use this package; they use
 * {@code io.exwire.core.Exchanges}.
 */
package io.exwire.spi;
