package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open connections of one simulator. Thread-safe.
 *
 * @param <S> the venue's session type
 */
final class SessionRegistry<S extends VenueSession> {

    private final Set<S> sessions = ConcurrentHashMap.newKeySet();

    void add(S session) {
        sessions.add(session);
    }

    void remove(S session) {
        sessions.remove(session);
    }

    /**
     * Ends the connection whose client port is {@code port}, if any.
     *
     * @param port the client's port as the server sees it
     */
    void endByPeerPort(int port) {
        for (S session : sessions) {
            if (session.peerPort() == port) {
                session.ended();
            }
        }
    }

    void forEach(Consumer<S> action) {
        sessions.forEach(action);
    }

    int size() {
        return sessions.size();
    }

    int activeSubscriptions() {
        int total = 0;
        for (S session : sessions) {
            total += session.activeSubscriptions();
        }
        return total;
    }

    /** @return symbols any connection watches */
    Set<Symbol> watched(Set<Symbol> listed) {
        Set<Symbol> out = new LinkedHashSet<>();
        for (Symbol symbol : listed) {
            for (S session : sessions) {
                if (session.watches(symbol)) {
                    out.add(symbol);
                    break;
                }
            }
        }
        return out;
    }

    void housekeep(long nowMillis) {
        sessions.forEach(session -> session.housekeep(nowMillis));
    }
}
