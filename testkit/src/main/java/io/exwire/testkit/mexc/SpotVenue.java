package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.MarketStep;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.websocket.WsListener;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * MEXC spot v3: WebSocket {@code /ws} (JSON requests, binary protobuf pushes) and the {@code /api/v3} REST API.
 * Thread-safe; pushes happen on the market thread (public) or the ledger's calling thread (private).
 */
final class SpotVenue implements MexcVenue {

    private final SimContext ctx;
    private final SessionRegistry<SpotSession> sessions = new SessionRegistry<>();
    private final ListenKeys listenKeys;
    private final SpotPrivateFrames privateFrames;

    SpotVenue(SimContext ctx, long seed) {
        this.ctx = ctx;
        this.listenKeys = new ListenKeys(seed, ctx::now, ctx.config().listenKeyValidity());
        this.privateFrames = new SpotPrivateFrames(ctx.symbols());
    }

    ListenKeys listenKeys() {
        return listenKeys;
    }

    @Override
    public String websocketPath() {
        return "/ws";
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        new SpotPublicRest(ctx).register(routing);
        new SpotTradeRest(ctx).register(routing);
        new SpotAccountRest(ctx, listenKeys).register(routing);
    }

    @Override
    public WsListener newListener() {
        return new SpotSession(this, ctx);
    }

    @Override
    public SessionRegistry<SpotSession> sessions() {
        return sessions;
    }

    @Override
    public void publish(Map<Symbol, List<MarketStep>> steps) {
        long now = ctx.now();
        steps.forEach((symbol, symbolSteps) -> {
            if (ctx.faults().isSilenced(symbol)) {
                return;
            }
            DepthUpdate merged = DepthUpdate.merge(symbolSteps.stream().map(MarketStep::delta).toList());
            List<DepthUpdate> depth = ctx.faults().depthGate().pass(merged);
            SpotTickFrames frames = new SpotTickFrames(symbol, ctx.symbols().name(symbol), ctx.market(),
                    symbolSteps, depth, now);
            sessions.forEach(session -> pushTo(session, symbol, frames));
        });
    }

    private static void pushTo(SpotSession session, Symbol symbol, SpotTickFrames frames) {
        for (SpotChannel channel : session.channels()) {
            if (symbol.equals(channel.symbol())) {
                frames.frames(channel).forEach(session::push);
            }
        }
    }

    @Override
    public void onLedgerEvent(LedgerEvent event) {
        SpotPrivateFrames.Frame frame = privateFrames.render(event, ctx.now());
        if (frame == null) {
            return;
        }
        sessions.forEach(session -> {
            MexcAccount account = session.account();
            if (account != null && account.userId().equals(event.userId()) && session.hasTopic(frame.topic())) {
                session.push(frame.bytes());
            }
        });
    }

    @Override
    public void sendMalformedFrame() {
        byte[] truncated = {0x0A, 0x32, 's', 'p', 'o', 't', '@'};
        sessions.forEach(session -> session.link().sendBinary(truncated));
    }

    @Override
    public void sendUnknownChannel() {
        String venueSymbol = ctx.symbols().names().iterator().next();
        byte[] content = new ProtoWriter().string(1, "unknown").toByteArray();
        byte[] frame = SpotPushWrapper.market("spot@public.unknown.v3.api.pb@100ms@" + venueSymbol, venueSymbol,
                ctx.now()).encode(new SpotPushBody.Unknown(399, content));
        sessions.forEach(session -> session.link().sendBinary(frame));
    }

    @Override
    public void sendOversizedFrame(int bytes) {
        String frame = paddedReply(bytes);
        sessions.forEach(session -> session.link().sendText(frame));
    }

    /** @return an ack-shaped JSON text of exactly {@code bytes} UTF-8 bytes (or just padding when smaller) */
    static String paddedReply(int bytes) {
        String head = "{\"id\":0,\"code\":0,\"msg\":\"";
        String tail = "\"}";
        int padding = bytes - head.length() - tail.length();
        if (padding < 0) {
            return "x".repeat(Math.max(0, bytes));
        }
        String frame = head + "x".repeat(padding) + tail;
        assert frame.getBytes(StandardCharsets.UTF_8).length == bytes;
        return frame;
    }

    @Override
    public void expireSessions() {
        listenKeys.expireAll();
        sessions.forEach(SpotSession::listenKeyExpired);
    }
}
