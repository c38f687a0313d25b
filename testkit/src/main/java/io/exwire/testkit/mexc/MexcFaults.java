package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;
import io.exwire.testkit.Faults;
import io.exwire.testkit.market.SimulatedMarket;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * MEXC fault injection. TCP-level faults act on the loopback relay in front of the WebSocket port; protocol faults
 * are rendered by the venue (spot: binary protobuf frames, {@code "Blocked!"} acks, listenKey expiry; futures:
 * JSON frames, {@code rs.error}). {@link #upgradeNotice()} does nothing: MEXC sends no such notice.
 * {@link #reset()} also resumes half-open connections, delivering what was held back.
 *
 * <p>Thread-safe; every method acts at once on the current connections or arms a one-shot fault.
 */
final class MexcFaults implements Faults {

    private final FaultState state;
    private final MexcVenue venue;
    private final SimulatedMarket market;
    private final Supplier<LoopbackRelay> relay;

    MexcFaults(FaultState state, MexcVenue venue, SimulatedMarket market, Supplier<LoopbackRelay> relay) {
        this.state = state;
        this.venue = venue;
        this.market = market;
        this.relay = relay;
    }

    @Override
    public void dropConnections() {
        relay.get().dropAll();
    }

    @Override
    public void closeConnections(int code, String reason) {
        venue.sessions().forEach(session -> session.link().close(code, reason));
    }

    @Override
    public void halfOpen() {
        relay.get().freezeAll();
    }

    @Override
    public void silence(Symbol symbol) {
        state.silence(symbol);
    }

    @Override
    public void gapNextBookUpdate(Symbol symbol) {
        market.book(symbol).skipUpdateId();
    }

    @Override
    public void duplicateNextBookUpdate(Symbol symbol) {
        state.depthGate().armDuplicate(symbol);
    }

    @Override
    public void reorderNextBookUpdates(Symbol symbol) {
        state.depthGate().armReorder(symbol);
    }

    @Override
    public void sendMalformedFrame() {
        venue.sendMalformedFrame();
    }

    @Override
    public void sendOversizedFrame(int bytes) {
        venue.sendOversizedFrame(bytes);
    }

    @Override
    public void sendUnknownChannel() {
        venue.sendUnknownChannel();
    }

    @Override
    public void failAuthentication() {
        state.failAuthentication();
    }

    @Override
    public void expireSession() {
        venue.expireSessions();
    }

    @Override
    public void rejectNextSubscription() {
        state.armSubscriptionRejection();
    }

    @Override
    public void upgradeNotice() {
        // MEXC has no upgrade/maintenance notice on its WebSockets: nothing to send
    }

    @Override
    public void slowSend(Duration delay) {
        state.sendDelay(delay);
    }

    @Override
    public void reset() {
        state.reset();
        relay.get().thawAll();
    }
}
