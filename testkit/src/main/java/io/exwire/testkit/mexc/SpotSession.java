package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Symbol;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One spot WebSocket connection ({@code /ws}, or {@code /ws?listenKey=} for private data): JSON text requests in,
 * JSON text acks and binary protobuf pushes out, with MEXC's limits and timers.
 *
 * <p><b>Threading.</b> Requests arrive on the connection's server thread; pushes and timer checks come from the
 * market and housekeeping threads; state is held in concurrent structures and volatile fields.
 * <b>Lifecycle.</b> Registered on open, removed on close; closes itself after 30 s without a valid subscription,
 * after 60 s subscribed with neither data nor PING, and after the maximum lifetime.
 */
final class SpotSession implements WsListener, VenueSession {

    private final SpotVenue venue;
    private final SimContext ctx;
    private final Map<String, SpotChannel> active = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final StringBuilder fragments = new StringBuilder();
    private final InboundRate inbound;
    private volatile WsLink link;
    private volatile int peerPort = -1;
    private volatile MexcAccount account;
    private volatile String listenKey;
    private volatile boolean invalidListenKey;
    private volatile long openedAt;
    private volatile long emptySince;
    private volatile long lastActivity;

    SpotSession(SpotVenue venue, SimContext ctx) {
        this.venue = venue;
        this.ctx = ctx;
        this.inbound = new InboundRate(ctx.config().maxInboundPerSecond());
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        if (prologue.query().contains("listenKey")) {
            String key = prologue.query().get("listenKey");
            MexcAccount owner = venue.listenKeys().owner(key);
            listenKey = key;
            account = owner;
            invalidListenKey = owner == null || ctx.faults().authenticationFailing();
        }
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        long now = ctx.now();
        openedAt = now;
        emptySince = now;
        lastActivity = now;
        peerPort = session.socketContext().remotePeer().port();
        link = new WsLink(session, ctx.faults()::sendDelay, "mexc-sim-spot-writer", this::ended);
        venue.sessions().add(this);
        if (invalidListenKey) {
            rejectListenKey();
        }
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        fragments.append(text);
        if (!last) {
            return;
        }
        String message = fragments.toString();
        fragments.setLength(0);
        handle(message);
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        // binary requests mean nothing to MEXC spot; the venue ignores them
        lastActivity = ctx.now();
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
        if (!inbound.admit(ctx.now())) {
            closeOnce(1008, "too many messages");
            return;
        }
        JsonNode request = Json.parseObject(text);
        String method = request == null ? null : Json.text(request, "method");
        if (method == null) {
            return;
        }
        long id = request.path("id").asLong(0);
        switch (method.toUpperCase(Locale.ROOT)) {
            case "SUBSCRIPTION" -> subscribe(id, params(request));
            case "UNSUBSCRIPTION" -> unsubscribe(id, params(request));
            case "PING" -> ping();
            default -> lastActivity = ctx.now();
        }
    }

    private static List<String> params(JsonNode request) {
        List<String> out = new ArrayList<>();
        request.path("params").forEach(p -> out.add(p.asText()));
        return out;
    }

    private void ping() {
        lastActivity = ctx.now();
        link.sendText(SpotAcks.pong());
    }

    private void subscribe(long id, List<String> params) {
        boolean refuseAll = ctx.faults().takeSubscriptionRejection();
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String param : params) {
            SpotChannel channel = refuseAll ? null : SpotChannel.parse(param, ctx.symbols());
            if (channel == null || channel.topic().isPrivate() && account == null) {
                refused.add(param);
                continue;
            }
            accepted.add(param);
            if (active.size() < ctx.config().maxSubscriptions()) {
                active.putIfAbsent(param, channel);
            }
        }
        lastActivity = ctx.now();
        link.sendText(SpotAcks.subscription(id, accepted, refused));
    }

    private void unsubscribe(long id, List<String> params) {
        params.forEach(active::remove);
        long now = ctx.now();
        if (active.isEmpty()) {
            emptySince = now;
        }
        lastActivity = now;
        link.sendText(SpotAcks.subscription(id, params, List.of()));
    }

    private void rejectListenKey() {
        link.sendText(SpotAcks.INVALID_LISTEN_KEY);
        closeOnce(1000, SpotAcks.INVALID_LISTEN_KEY);
    }

    /** The listenKey of this connection expired or was deleted. */
    void listenKeyExpired() {
        if (listenKey != null && account != null) {
            rejectListenKey();
        }
    }

    /** @return the account of the listenKey, or null */
    MexcAccount account() {
        return account;
    }

    /**
     * @param topic a private topic
     * @return whether this connection receives it
     */
    boolean hasTopic(SpotChannel.Topic topic) {
        for (SpotChannel channel : active.values()) {
            if (channel.topic() == topic) {
                return true;
            }
        }
        return false;
    }

    /** @return the channels receiving data */
    Collection<SpotChannel> channels() {
        return active.values();
    }

    /**
     * Sends a push and counts it as data for the idle timer.
     *
     * @param frame the serialized wrapper
     */
    void push(byte[] frame) {
        lastActivity = ctx.now();
        link.sendBinary(frame);
    }

    @Override
    public WsLink link() {
        return link;
    }

    @Override
    public int activeSubscriptions() {
        return active.size();
    }

    @Override
    public boolean watches(Symbol symbol) {
        for (SpotChannel channel : active.values()) {
            if (symbol.equals(channel.symbol())) {
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
        if (listenKey != null && venue.listenKeys().owner(listenKey) == null) {
            listenKeyExpired();
            return;
        }
        String reason = expiry(nowMillis);
        if (reason != null) {
            closeOnce(1000, reason);
        }
    }

    /** @return why the connection's time is up, or null */
    private String expiry(long nowMillis) {
        MexcSimulatorConfig config = ctx.config();
        if (nowMillis - openedAt >= config.maxLifetime().toMillis()) {
            return "connection lifetime exceeded";
        }
        if (active.isEmpty()) {
            return nowMillis - emptySince >= config.noSubscriptionTimeout().toMillis() ? "no valid subscription" : null;
        }
        return nowMillis - lastActivity >= config.noDataTimeout().toMillis() ? "no data" : null;
    }

    void closeOnce(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            link.close(code, reason);
        }
    }
}
