/** Gate.io adapters (spot and USDT futures, public and private), reached only through the SPI. */
module io.exwire.gateio {
    requires io.exwire.core;
    requires com.fasterxml.jackson.core;

    provides io.exwire.spi.ExchangeProvider with io.exwire.gateio.GateioProvider;
}
