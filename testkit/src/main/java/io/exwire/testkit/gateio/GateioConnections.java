package io.exwire.testkit.gateio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The live connections of one simulator. Thread-safe. */
final class GateioConnections {

    private final List<GateioConnection> live = new CopyOnWriteArrayList<>();

    void add(GateioConnection c) {
        live.add(c);
    }

    void remove(GateioConnection c) {
        live.remove(c);
    }

    List<GateioConnection> all() {
        return live;
    }

    void forEach(Consumer<GateioConnection> action) {
        live.forEach(action);
    }

    int count() {
        return live.size();
    }

    int subscriptions() {
        return live.stream().mapToInt(c -> c.subscriptions().count()).sum();
    }

    long pongsReceived() {
        return live.stream().mapToLong(GateioConnection::pongsReceived).sum();
    }
}
