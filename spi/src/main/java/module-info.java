/**
 * The service-provider interface an exchange jar implements. Providers are found with {@link java.util.ServiceLoader}
 * ({@code provides io.exwire.spi.ExchangeProvider} in module-info, plus {@code META-INF/services} for classpath
 * users).
 */
module io.exwire.spi {
    requires transitive io.exwire.api;
    exports io.exwire.spi;
    exports io.exwire.spi.marketdata;
    exports io.exwire.spi.trading;
    uses io.exwire.spi.ExchangeProvider;
}
