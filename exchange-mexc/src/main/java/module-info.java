/**
 * MEXC adapters (spot protobuf and futures JSON, public and private), reached only through the SPI: the module
 * exports nothing and provides {@link io.exwire.spi.ExchangeProvider} with {@code io.exwire.mexc.MexcProvider}.
 */
module io.exwire.mexc {
    requires io.exwire.core;

    provides io.exwire.spi.ExchangeProvider with io.exwire.mexc.MexcProvider;
}
