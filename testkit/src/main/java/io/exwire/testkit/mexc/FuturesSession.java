package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Symbol;
import io.helidon.common.buffers.BufferData;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One futures WebSocket connection ({@code /edge}): JSON requests ({@code sub.*}, {@code unsub.*}, {@code ping},
 * {@code login}, {@code personal.filter}) and JSON pushes. Unknown methods and non-JSON text get no reply, as on
 * the venue.
 *
 * <p><b>Threading.</b> Requests arrive on the connection's server thread; pushes and timer checks on the market,
 * ledger and housekeeping threads; state is concurrent or volatile. <b>Lifecycle.</b> Registered on open, removed
 * on close; after the ping timeout without a client {@code ping} it sends {@code rs.error} and closes.
 */
final class FuturesSession implements WsListener, VenueSession {

    private static final Set<String> TOPICS = Set.of("deal", "depth", "depth.full", "ticker");
    static final String PING_TIMEOUT_TEXT = "more than 60 seconds no response, close the channel";

    private final FuturesVenue venue;
    private final SimContext ctx;
    private final Map<String, FuturesSubscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final StringBuilder fragments = new StringBuilder();
    private final PersonalFilter filter = new PersonalFilter();
    private volatile WsLink link;
    private volatile int peerPort = -1;
    private volatile MexcAccount account;
    private volatile long openedAt;
    private volatile long lastPing;

    FuturesSession(FuturesVenue venue, SimContext ctx) {
        this.venue = venue;
        this.ctx = ctx;
    }

    @Override
    public void onOpen(WsSession session) {
        long now = ctx.now();
        openedAt = now;
        lastPing = now;
        peerPort = session.socketContext().remotePeer().port();
        link = new WsLink(session, ctx.faults()::sendDelay, "mexc-sim-futures-writer", this::ended);
        venue.sessions().add(this);
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        fragments.append(text);
        if (last) {
            String message = fragments.toString();
            fragments.setLength(0);
            handle(message);
        }
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        link.pong(buffer.readBytes());
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        ended();
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        ended();
    }

    @Override
    public int peerPort() {
        return peerPort;
    }

    @Override
    public void ended() {
        venue.sessions().remove(this);
        WsLink l = link;
        if (l != null) {
            l.stop();
        }
    }

    private void handle(String text) {
        JsonNode request = Json.parseObject(text);
        String method = request == null ? null : Json.text(request, "method");
        if (method == null) {
            return;
        }
        switch (method) {
            case "ping" -> ping();
            case "login" -> login(request);
            case "personal.filter" -> personalFilter(request.path("param"));
            default -> subscription(method, request.path("param"));
        }
    }

    private void ping() {
        long now = ctx.now();
        lastPing = now;
        link.sendText(Json.write(Json.object().put("channel", "pong").put("data", now)));
    }

    private void subscription(String method, JsonNode param) {
        boolean sub = method.startsWith("sub.");
        String topic = sub ? method.substring(4) : unsubTopic(method);
        if (topic == null || !TOPICS.contains(topic)) {
            return;
        }
        String name = Json.text(param, "symbol");
        Symbol symbol = ctx.symbols().resolve(name);
        if (symbol == null || sub && ctx.faults().takeSubscriptionRejection()) {
            sendError("Contract [" + name + "] not exists");
            return;
        }
        FuturesSubscription request = new FuturesSubscription(topic, symbol, param.path("compress").asBoolean(true),
                param.path("limit").asInt(20));
        if (sub) {
            subscriptions.put(request.key(), request);
        } else {
            subscriptions.remove(request.key());
        }
        ack((sub ? "rs.sub." : "rs.unsub.") + topic);
    }

    private static String unsubTopic(String method) {
        if (method.startsWith("unsub.")) {
            return method.substring(6);
        }
        return "usub.depth.full".equals(method) ? "depth.full" : null;
    }

    private void login(JsonNode request) {
        JsonNode param = request.path("param");
        MexcAccount candidate = ctx.accounts().byKey(Json.text(param, "apiKey"));
        if (!FuturesAuth.loginValid(ctx, candidate, Json.text(param, "reqTime"), Json.text(param, "signature"))) {
            sendError(FuturesAuth.SIGNATURE_FAILED);
            return;
        }
        boolean pushAll = request.path("subscribe").asBoolean(param.path("subscribe").asBoolean(true));
        filter.reset(pushAll);
        account = candidate;
        ack("rs.login");
        if (pushAll) {
            venue.pushAssets(this);
        }
    }

    private void personalFilter(JsonNode param) {
        if (account == null) {
            sendError("Not logged in");
            return;
        }
        filter.apply(param.path("filters"));
        ack("rs.personal.filter");
    }

    private void ack(String channel) {
        link.sendText(Json.write(Json.object().put("channel", channel).put("data", "success").put("ts", ctx.now())));
    }

    void sendError(String text) {
        link.sendText(Json.write(Json.object().put("channel", "rs.error").put("data", text).put("ts", ctx.now())));
    }

    /** @return the logged-in account, or null */
    MexcAccount account() {
        return account;
    }

    /**
     * @param key a private filter key ({@code order}, {@code order.deal}, {@code position}, {@code asset})
     * @param venueSymbol the contract, or null for account-wide pushes
     * @return whether this connection receives it
     */
    boolean receivesPersonal(String key, String venueSymbol) {
        return account != null && filter.allows(key, venueSymbol);
    }

    /** @return the public subscriptions */
    Collection<FuturesSubscription> requests() {
        return subscriptions.values();
    }

    void push(String frame) {
        link.sendText(frame);
    }

    @Override
    public WsLink link() {
        return link;
    }

    @Override
    public int activeSubscriptions() {
        return subscriptions.size();
    }

    @Override
    public boolean watches(Symbol symbol) {
        for (FuturesSubscription request : subscriptions.values()) {
            if (request.symbol().equals(symbol)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void housekeep(long nowMillis) {
        if (link == null || closing.get()) {
            return;
        }
        if (nowMillis - lastPing >= ctx.config().pingTimeout().toMillis()) {
            if (closing.compareAndSet(false, true)) {
                sendError(PING_TIMEOUT_TEXT);
                link.close(1000, "ping timeout");
            }
        } else if (nowMillis - openedAt >= ctx.config().maxLifetime().toMillis()
                && closing.compareAndSet(false, true)) {
            link.close(1000, "connection lifetime exceeded");
        }
    }
}
