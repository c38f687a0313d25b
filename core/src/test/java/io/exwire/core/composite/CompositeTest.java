package io.exwire.core.composite;

import io.exwire.api.exception.ComponentMissingException;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.core.marketdata.DefaultPublicComposite;
import io.exwire.core.trading.DefaultPrivateComposite;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The composites' injection contract: both components required, both closed, the websocket started as asked. */
class CompositeTest {

    private final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> T recording(Class<T> type, String name) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            calls.add(name + "." + method.getName());
            if (method.getName().equals("initialize")) {
                return CompletableFuture.completedFuture(method.getParameterCount() == 0 ? null
                        : new SubscriptionResult(Set.of(), java.util.Map.of()));
            }
            return null;
        });
    }

    @Test
    @DisplayName("a public composite without its REST client or websocket fails with ComponentMissingException")
    void publicCompositeNeedsBothComponents() {
        BasePublicWebsocket ws = recording(BasePublicWebsocket.class, "ws");
        PublicRestClient rest = recording(PublicRestClient.class, "rest");
        assertThatThrownBy(() -> new DefaultPublicComposite<>(null, ws))
                .isInstanceOf(ComponentMissingException.class).hasMessageContaining("REST");
        assertThatThrownBy(() -> new DefaultPublicComposite<>(rest, null))
                .isInstanceOf(ComponentMissingException.class).hasMessageContaining("websocket");
    }

    @Test
    @DisplayName("a private composite without its REST client or websocket fails with ComponentMissingException")
    void privateCompositeNeedsBothComponents() {
        BasePrivateWebsocket ws = recording(BasePrivateWebsocket.class, "ws");
        PrivateRestClient rest = recording(PrivateRestClient.class, "rest");
        assertThatThrownBy(() -> new DefaultPrivateComposite<>(null, ws)).isInstanceOf(ComponentMissingException.class);
        assertThatThrownBy(() -> new DefaultPrivateComposite<>(rest, null)).isInstanceOf(ComponentMissingException.class);
    }

    @Test
    @DisplayName("composites start their websocket as asked and close the websocket, then the REST client")
    void startAndCloseDelegate() {
        var pub = new DefaultPublicComposite<>(recording(PublicRestClient.class, "prest"),
                recording(BasePublicWebsocket.class, "pws"));
        pub.startWebsocket(List.of(io.exwire.api.model.Symbol.parse("BTC/USDT")), Set.of(PublicChannel.TRADES)).join();
        pub.close();
        var priv = new DefaultPrivateComposite<>(recording(PrivateRestClient.class, "xrest"),
                recording(BasePrivateWebsocket.class, "xws"));
        priv.startWebsocket().join();
        priv.close();
        assertThat(calls).containsExactly("pws.initialize", "pws.close", "prest.close",
                "xws.initialize", "xws.close", "xrest.close");
    }

    @Test
    @DisplayName("a composite hands out exactly the REST client and websocket it was built with")
    void compositesExposeTheirComponents() {
        PublicRestClient prest = recording(PublicRestClient.class, "prest");
        BasePublicWebsocket pws = recording(BasePublicWebsocket.class, "pws");
        PrivateRestClient xrest = recording(PrivateRestClient.class, "xrest");
        BasePrivateWebsocket xws = recording(BasePrivateWebsocket.class, "xws");

        var pub = new DefaultPublicComposite<>(prest, pws);
        var priv = new DefaultPrivateComposite<>(xrest, xws);

        assertThat(pub.rest()).isSameAs(prest);
        assertThat(pub.websocket()).isSameAs(pws);
        assertThat(priv.rest()).isSameAs(xrest);
        assertThat(priv.websocket()).isSameAs(xws);
        assertThat(calls).as("handing out components starts nothing").isEmpty();
    }
}
