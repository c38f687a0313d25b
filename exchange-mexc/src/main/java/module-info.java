/** MEXC adapters (spot protobuf and futures, public and private), reached only through the SPI. */
module io.exwire.mexc {
    requires io.exwire.core;
    requires com.fasterxml.jackson.core;
}
