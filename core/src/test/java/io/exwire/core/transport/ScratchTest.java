package io.exwire.core.transport;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.core.testing.RecordingFrameListener;
import io.exwire.core.testing.TcpProxy;
import io.exwire.core.testing.WsTestServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.InstantSource;
import java.util.Map;

class ScratchTest {
    @Test
    void experiment() throws Exception {
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("toy"), MarketType.SPOT).build();
        HelidonWsTransport t = new HelidonWsTransport(config, new EpochNanoClock(InstantSource.system()));
        try (WsTestServer server = new WsTestServer(); TcpProxy proxy = new TcpProxy(server.port())) {
            RecordingFrameListener l = new RecordingFrameListener();
            WsConnection c = t.connect(URI.create("ws://127.0.0.1:" + proxy.port() + "/ws"), Map.of(), l);
            Thread.sleep(300);
            server.lastPeer().send("hello");
            Thread.sleep(300);
            System.out.println("EVENTS1 " + l.events());
            proxy.blackholeAll();
            server.lastPeer().send("lost");
            Thread.sleep(1000);
            System.out.println("EVENTS2 " + l.events() + " open=" + c.isOpen());
            c.abort();
            Thread.sleep(500);
            System.out.println("EVENTS3 " + l.events() + " clientClosed=" + proxy.pairs().get(0).clientClosed());
            RecordingFrameListener l2 = new RecordingFrameListener();
            WsConnection c2 = t.connect(server.uri(), Map.of(), l2);
            Thread.sleep(300);
            server.close();
            Thread.sleep(1500);
            System.out.println("EVENTS4 " + l2.events() + " open=" + c2.isOpen());
            Thread.getAllStackTraces().keySet().forEach(th -> System.out.println("THREAD " + th.getName()));
        }
    }
}
