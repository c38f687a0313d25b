/**
 * exwire's testkit: venue protocol simulators (WebSocket and REST on loopback) with fault injection, and the
 * conformance kit every exchange module runs.
 */
module io.exwire.testkit {
    requires transitive io.exwire.core;
    requires io.helidon.webserver;
    requires io.helidon.webserver.websocket;
    requires io.helidon.websocket;
    requires io.helidon.http;
    requires io.helidon.common.buffers;
    requires io.helidon.common.socket;
    requires com.fasterxml.jackson.databind;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;
    requires awaitility;
    requires java.logging;

    exports io.exwire.testkit;
    exports io.exwire.testkit.conformance;
    exports io.exwire.testkit.sinks;
    exports io.exwire.testkit.market;
    exports io.exwire.testkit.gateio;
    exports io.exwire.testkit.mexc;
}
