package io.exwire.core.marketdata;

import io.exwire.api.model.Symbol;
import io.exwire.core.connection.ManagedConnection;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One physical connection of a public component and the symbols assigned to it. Lane-confined except
 * {@link #connection()}, which is thread-safe.
 */
final class Shard {

    private final int id;
    private final PublicProtocol protocol;
    private final Set<Symbol> symbols = new LinkedHashSet<>();
    private ManagedConnection connection;
    private boolean open;
    private long lostAtMillis;
    private Shard replacement;
    private Shard replacing;

    Shard(int id, PublicProtocol protocol) {
        this.id = id;
        this.protocol = protocol;
    }

    int id() {
        return id;
    }

    PublicProtocol protocol() {
        return protocol;
    }

    Set<Symbol> symbols() {
        return symbols;
    }

    ManagedConnection connection() {
        return connection;
    }

    void connection(ManagedConnection c) {
        this.connection = c;
    }

    boolean isOpen() {
        return open;
    }

    void open(boolean isOpen) {
        this.open = isOpen;
    }

    long lostAtMillis() {
        return lostAtMillis;
    }

    void lostAt(long millis) {
        this.lostAtMillis = millis;
    }

    Shard replacement() {
        return replacement;
    }

    void replacement(Shard s) {
        this.replacement = s;
    }

    Shard replacing() {
        return replacing;
    }

    void replacing(Shard s) {
        this.replacing = s;
    }
}
