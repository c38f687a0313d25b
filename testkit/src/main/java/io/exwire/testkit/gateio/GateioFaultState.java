package io.exwire.testkit.gateio;

import io.exwire.api.model.Symbol;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Armed and ongoing faults of one simulator, read by the publisher and the request handler. Thread-safe. */
final class GateioFaultState {

    /** A one-shot fault on the next book delta of a symbol. */
    enum BookFault {
        /** Send it twice. */
        DUPLICATE,
        /** Hold it and send it after the following delta. */
        REORDER
    }

    private final Set<Symbol> silenced = ConcurrentHashMap.newKeySet();
    private final Set<Symbol> gaps = ConcurrentHashMap.newKeySet();
    private final Map<Symbol, BookFault> bookFaults = new ConcurrentHashMap<>();
    private final AtomicBoolean rejectNext = new AtomicBoolean();
    private volatile boolean authFailing;
    private volatile long sendDelayNanos;

    void silence(Symbol s) {
        silenced.add(s);
    }

    boolean isSilenced(Symbol s) {
        return silenced.contains(s);
    }

    void armGap(Symbol s) {
        gaps.add(s);
    }

    /** @return whether a gap was armed for {@code s} (and disarms it) */
    boolean takeGap(Symbol s) {
        return gaps.remove(s);
    }

    void armBookFault(Symbol s, BookFault fault) {
        bookFaults.put(s, fault);
    }

    /** @return the armed book fault of {@code s}, disarmed, or null */
    BookFault takeBookFault(Symbol s) {
        return bookFaults.remove(s);
    }

    void armReject() {
        rejectNext.set(true);
    }

    boolean takeReject() {
        return rejectNext.getAndSet(false);
    }

    void failAuth(boolean failing) {
        authFailing = failing;
    }

    boolean authFailing() {
        return authFailing;
    }

    void sendDelay(Duration delay) {
        sendDelayNanos = delay.toNanos();
    }

    long sendDelayNanos() {
        return sendDelayNanos;
    }

    void reset() {
        silenced.clear();
        gaps.clear();
        bookFaults.clear();
        rejectNext.set(false);
        authFailing = false;
        sendDelayNanos = 0;
    }
}
