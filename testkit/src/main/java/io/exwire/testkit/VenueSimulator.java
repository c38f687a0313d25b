package io.exwire.testkit;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;

import java.net.URI;
import java.util.Set;

/**
 * A simulated venue market: a real WebSocket server and a real REST server on {@code 127.0.0.1:0} speaking the
 * venue's exact protocol, backed by a deterministic market (seeded) and scriptable accounts.
 *
 * <p><b>Lifecycle.</b> Construct, {@link #start()}, use, {@link #close()} (stops every server thread). Not
 * restartable. <b>Threading.</b> All methods are thread-safe.
 */
public interface VenueSimulator extends AutoCloseable {

    /** @return the venue this simulates */
    ExchangeId exchange();

    /** @return the market this simulates */
    MarketType market();

    /**
     * Binds the servers to ephemeral loopback ports.
     *
     * @return this simulator
     */
    VenueSimulator start();

    /** @return the WebSocket URI to give a client as its {@code websocketUri} (the venue's path on loopback) */
    URI websocketUri();

    /** @return the REST root to give a client as its {@code restUri} ({@code http://127.0.0.1:port}) */
    URI restUri();

    /** @return the symbols this venue lists */
    Set<Symbol> listedSymbols();

    /**
     * Registers an account whose requests the simulator authenticates for real (signatures verified).
     *
     * @param apiKey the key
     * @param apiSecret the secret
     * @param userId the venue user id (Gate.io futures payloads); any string for venues without one
     * @return the account's control
     */
    SimulatedAccount addAccount(String apiKey, String apiSecret, String userId);

    /**
     * @param apiKey a registered key
     * @return that account's control
     */
    SimulatedAccount account(String apiKey);

    /**
     * Advances the market deterministically by {@code events} events spread over the subscribed symbols (book
     * deltas, trades, and the best bid/ask and tickers that follow from them) and pushes them to subscribers.
     *
     * @param events how many market events
     */
    void tick(int events);

    /**
     * Starts pushing market events continuously on a background thread; {@code 0} stops.
     *
     * @param eventsPerSecond the rate (up to tens of thousands)
     */
    void stream(int eventsPerSecond);

    /**
     * The simulator's own book, for comparison with a client's local book.
     *
     * @param symbol the symbol
     * @param depth levels per side
     * @return the book with its current update id/version as {@code sequence}
     */
    OrderBookSnapshot book(Symbol symbol, int depth);

    /** @return fault injection for this simulator's connections */
    Faults faults();

    /** @return open client WebSocket connections */
    int openConnections();

    /** @return active subscriptions (topics) across all connections */
    int activeSubscriptions();

    /** Stops every server and thread. Idempotent. */
    @Override
    void close();
}
