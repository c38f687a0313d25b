package io.exwire.core.testing;

import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A public REST client whose book snapshots come from a {@link ToyVenueServer}'s authoritative books. */
public final class FakePublicRest implements PublicRestClient {

    private final ToyVenueServer venue;
    private final Map<Symbol, AtomicInteger> snapshots = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private volatile boolean closed;

    /** @param venue the venue whose books are served */
    public FakePublicRest(ToyVenueServer venue) {
        this.venue = venue;
    }

    /**
     * @param symbol a symbol
     * @return snapshots served for it
     */
    public int snapshots(Symbol symbol) {
        return snapshots.computeIfAbsent(symbol, s -> new AtomicInteger()).get();
    }

    /** @param fail whether snapshot requests fail with a connection error */
    public void failing(boolean fail) {
        this.failing = fail;
    }

    /** @return whether the engine closed this client */
    public boolean closed() {
        return closed;
    }

    @Override
    public List<Instrument> instruments() {
        return List.of();
    }

    @Override
    public OrderBookSnapshot orderBook(Symbol symbol, int depth) {
        if (failing) {
            throw new ConnectionLostException("fake REST is failing");
        }
        snapshots.computeIfAbsent(symbol, s -> new AtomicInteger()).incrementAndGet();
        return venue.book(symbol).snapshot(depth);
    }

    @Override
    public List<PublicTrade> recentTrades(Symbol symbol, int limit) {
        return List.of();
    }

    @Override
    public long serverTimeMillis() {
        return System.currentTimeMillis();
    }

    @Override
    public void close() {
        closed = true;
    }
}
