package io.exwire.mexc.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a WireMock server on {@code 127.0.0.1} and an ephemeral port for each test, and stops it after. */
public abstract class WireMockExtensionSupport {

    /** The server of the running test. */
    protected WireMockServer wm;

    @BeforeEach
    void startWireMock() {
        wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stopWireMock() {
        wm.stop();
    }

    /** @return the server's port */
    protected int port() {
        return wm.port();
    }
}
