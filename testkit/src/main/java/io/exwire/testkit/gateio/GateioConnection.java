package io.exwire.testkit.gateio;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client WebSocket connection (one instance per connection, created by Helidon through a supplier). Reads
 * {@code X-Gate-Size-Decimal} at the upgrade, hands text frames to the {@link GateioRequestHandler}, answers
 * protocol pings (unless half-open) and sends everything through its {@link GateioOutbound}.
 *
 * <p><b>Threading.</b> Helidon calls the listener methods on the connection's own thread; pushes arrive from the
 * market and ledger threads; all state is thread-safe.
 */
final class GateioConnection implements WsListener {

    private static final AtomicLong IDS = new AtomicLong(1);

    private final GateioSimulator simulator;
    private final String connId = Long.toString(IDS.getAndIncrement());
    private final GateioSubscriptions subscriptions = new GateioSubscriptions();
    private final Map<String, String> heldBookFrames = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final AtomicLong pongs = new AtomicLong();
    private volatile boolean decimalSizes;
    private volatile GateioOutbound outbound;

    GateioConnection(GateioSimulator simulator) {
        this.simulator = simulator;
    }

    String connId() {
        return connId;
    }

    GateioSubscriptions subscriptions() {
        return subscriptions;
    }

    boolean decimalSizes() {
        return decimalSizes;
    }

    GateioOutbound outbound() {
        return outbound;
    }

    long pongsReceived() {
        return pongs.get();
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        decimalSizes = headers.first(HeaderNames.create("X-Gate-Size-Decimal")).map("1"::equals).orElse(false);
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        outbound = new GateioOutbound(session, simulator.faultState()::sendDelayNanos);
        outbound.start("gateio-sim-out-" + connId);
        simulator.connections().add(this);
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        String whole;
        synchronized (partial) {
            partial.append(text);
            if (!last) {
                return;
            }
            whole = partial.toString();
            partial.setLength(0);
        }
        if (!outbound.isHalfOpen()) {
            simulator.requests().handle(this, whole);
        }
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        outbound.pong(buffer);
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        pongs.incrementAndGet();
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        closed();
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        closed();
    }

    /** Closes the TCP socket without a close frame and forgets this connection at once. */
    void drop() {
        outbound.drop();
        closed();
    }

    private void closed() {
        simulator.connections().remove(this);
        GateioOutbound out = outbound;
        if (out != null) {
            out.stop();
        }
    }

    void send(String frame) {
        outbound.send(frame);
    }

    /**
     * Sends a book frame of {@code symbol}, applying an armed duplicate or reorder fault.
     *
     * @param topic the book topic (channel and stream)
     * @param frame the frame
     * @param fault the fault armed for this delta, or null
     */
    void sendBook(String topic, String frame, GateioFaultState.BookFault fault) {
        if (fault == GateioFaultState.BookFault.REORDER) {
            heldBookFrames.put(topic, frame);
            return;
        }
        outbound.send(frame);
        if (fault == GateioFaultState.BookFault.DUPLICATE) {
            outbound.send(frame);
        }
        String held = heldBookFrames.remove(topic);
        if (held != null) {
            outbound.send(held);
        }
    }
}
