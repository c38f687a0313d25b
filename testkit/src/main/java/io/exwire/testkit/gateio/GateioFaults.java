package io.exwire.testkit.gateio;

import io.exwire.api.model.Symbol;
import io.exwire.testkit.Faults;

import java.time.Duration;

/**
 * Gate.io fault injection over the simulator's live connections. Thread-safe; see {@link Faults} for each fault's
 * meaning. Gate.io has no session expiry, so {@link #expireSession()} changes nothing (as the contract says).
 */
final class GateioFaults implements Faults {

    private final GateioSimulator simulator;
    private final GateioFaultState state;

    GateioFaults(GateioSimulator simulator, GateioFaultState state) {
        this.simulator = simulator;
        this.state = state;
    }

    @Override
    public void dropConnections() {
        simulator.connections().forEach(GateioConnection::drop);
    }

    @Override
    public void closeConnections(int code, String reason) {
        simulator.connections().forEach(c -> c.outbound().close(code, reason));
    }

    @Override
    public void halfOpen() {
        simulator.connections().forEach(c -> c.outbound().halfOpen());
    }

    @Override
    public void silence(Symbol symbol) {
        state.silence(symbol);
    }

    @Override
    public void gapNextBookUpdate(Symbol symbol) {
        simulator.skipUpdateId(symbol);
    }

    @Override
    public void duplicateNextBookUpdate(Symbol symbol) {
        state.armBookFault(symbol, GateioFaultState.BookFault.DUPLICATE);
    }

    @Override
    public void reorderNextBookUpdates(Symbol symbol) {
        state.armBookFault(symbol, GateioFaultState.BookFault.REORDER);
    }

    @Override
    public void sendMalformedFrame() {
        long now = simulator.nowMillis();
        String broken = "{\"time\":" + now / 1000 + ",\"time_ms\":" + now + ",\"channel\":\"" + simulator.prefix()
                + ".trades\",\"event\":\"update\",\"result\":{\"id\":";
        simulator.connections().forEach(c -> c.send(broken));
    }

    @Override
    public void sendOversizedFrame(int bytes) {
        long now = simulator.nowMillis();
        String head = "{\"time\":" + now / 1000 + ",\"time_ms\":" + now + ",\"channel\":\"" + simulator.prefix()
                + ".padding\",\"event\":\"update\",\"result\":{\"pad\":\"";
        String tail = "\"}}";
        int padding = Math.max(0, bytes - head.length() - tail.length());
        String frame = head + "x".repeat(padding) + tail;
        simulator.connections().forEach(c -> c.send(frame));
    }

    @Override
    public void sendUnknownChannel() {
        var result = GateioJson.object().put("note", "a channel no client subscribed to");
        String frame = GateioJson.write(GateioEnvelopes.push(simulator.prefix() + ".mystery_channel",
                simulator.nowMillis(), result));
        simulator.connections().forEach(c -> c.send(frame));
    }

    @Override
    public void failAuthentication() {
        state.failAuth(true);
    }

    @Override
    public void expireSession() {
        // Gate.io authenticates every private request by signature; there is no session or listen key to expire.
    }

    @Override
    public void rejectNextSubscription() {
        state.armReject();
    }

    @Override
    public void upgradeNotice() {
        String frame = GateioJson.write(GateioEnvelopes.upgrade(simulator.prefix(), simulator.nowMillis()));
        simulator.connections().forEach(c -> c.send(frame));
    }

    @Override
    public void slowSend(Duration delay) {
        state.sendDelay(delay);
    }

    @Override
    public void reset() {
        state.reset();
    }
}
