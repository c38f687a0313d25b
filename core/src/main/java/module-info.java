/**
 * exwire's venue-neutral runtime and the {@code Exchanges} discovery facade. Never names a venue.
 */
module io.exwire.core {
    requires transitive io.exwire.api;
    requires transitive io.exwire.spi;
    requires io.helidon.webclient.websocket;
    requires io.helidon.webclient;
    requires io.helidon.websocket;
    requires io.helidon.common.buffers;
    requires io.helidon.common.tls;
    requires com.fasterxml.jackson.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.ratelimiter;
    requires io.github.resilience4j.core;
    requires HdrHistogram;
    requires java.net.http;

    exports io.exwire.core;
    exports io.exwire.core.codec;
    exports io.exwire.core.transport;
    exports io.exwire.core.metrics;
    exports io.exwire.core.dispatch;
    exports io.exwire.core.connection;
    exports io.exwire.core.subscription;
    exports io.exwire.core.marketdata;
    exports io.exwire.core.marketdata.book;
    exports io.exwire.core.trading;
    exports io.exwire.core.rest;

    uses io.exwire.spi.ExchangeProvider;
}
