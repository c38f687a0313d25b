package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.MarketStep;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.websocket.WsListener;

import java.util.List;
import java.util.Map;

/**
 * One MEXC product's protocol (spot v3 or futures): its REST routes, its WebSocket endpoint, how it renders market
 * steps and account events, and its side of the fault injection. Implementations are thread-safe.
 */
interface MexcVenue {

    /** @return the WebSocket path, {@code /ws} or {@code /edge} */
    String websocketPath();

    /**
     * Registers the REST endpoints.
     *
     * @param routing the routing under construction
     */
    void routes(HttpRouting.Builder routing);

    /** @return a listener for one new WebSocket connection */
    WsListener newListener();

    /** @return the open connections */
    SessionRegistry<? extends VenueSession> sessions();

    /**
     * Pushes one tick of market steps to subscribers (called on the market thread, in order).
     *
     * @param steps the steps of the tick per symbol, in order
     */
    void publish(Map<Symbol, List<MarketStep>> steps);

    /**
     * Pushes an account change on the private channels.
     *
     * @param event the event
     */
    void onLedgerEvent(LedgerEvent event);

    /** Sends one malformed frame on every connection. */
    void sendMalformedFrame();

    /** Sends one well-formed push on an unknown channel on every connection. */
    void sendUnknownChannel();

    /**
     * Sends one frame of exactly {@code bytes} bytes on every connection.
     *
     * @param bytes the size
     */
    void sendOversizedFrame(int bytes);

    /** Expires sessions the venue's way (spot listenKeys); no-op where there are none. */
    void expireSessions();
}
