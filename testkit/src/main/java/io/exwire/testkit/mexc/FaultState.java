package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The armed and ongoing faults of one simulator that the protocol code consults: slow sending, silenced symbols,
 * a one-shot subscription refusal, failing authentication, and the book-delta gate. Thread-safe.
 */
final class FaultState {

    private volatile Duration sendDelay = Duration.ZERO;
    private volatile boolean authenticationFailing;
    private final AtomicBoolean rejectNextSubscription = new AtomicBoolean();
    private final Set<Symbol> silenced = ConcurrentHashMap.newKeySet();
    private final DepthFaultGate depthGate = new DepthFaultGate();

    Duration sendDelay() {
        return sendDelay;
    }

    void sendDelay(Duration delay) {
        sendDelay = delay == null || delay.isNegative() ? Duration.ZERO : delay;
    }

    boolean authenticationFailing() {
        return authenticationFailing;
    }

    void failAuthentication() {
        authenticationFailing = true;
    }

    void armSubscriptionRejection() {
        rejectNextSubscription.set(true);
    }

    /** @return whether a refusal was armed (and disarms it) */
    boolean takeSubscriptionRejection() {
        return rejectNextSubscription.getAndSet(false);
    }

    void silence(Symbol symbol) {
        silenced.add(symbol);
    }

    boolean isSilenced(Symbol symbol) {
        return silenced.contains(symbol);
    }

    DepthFaultGate depthGate() {
        return depthGate;
    }

    void reset() {
        sendDelay = Duration.ZERO;
        authenticationFailing = false;
        rejectNextSubscription.set(false);
        silenced.clear();
        depthGate.reset();
    }
}
