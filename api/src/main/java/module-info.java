/**
 * exwire's application-facing API: ports, domain model and exceptions. Depends on nothing but {@code java.base}.
 */
module io.exwire.api {
    exports io.exwire.api;
    exports io.exwire.api.model;
    exports io.exwire.api.connection;
    exports io.exwire.api.metrics;
    exports io.exwire.api.marketdata;
    exports io.exwire.api.trading;
    exports io.exwire.api.exception;
}
