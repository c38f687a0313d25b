package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.MarketStep;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.websocket.WsListener;

import java.util.List;
import java.util.Map;

/**
 * MEXC futures (contract): WebSocket {@code /edge} with JSON pushes, and the {@code /api/v1} REST API.
 * Thread-safe; pushes happen on the market thread (public) or the ledger's calling thread (private).
 */
final class FuturesVenue implements MexcVenue {

    private final SimContext ctx;
    private final SessionRegistry<FuturesSession> sessions = new SessionRegistry<>();
    private final FuturesShapes shapes;
    private final DepthCommits commits = new DepthCommits();

    FuturesVenue(SimContext ctx) {
        this.ctx = ctx;
        this.shapes = new FuturesShapes(ctx);
    }

    @Override
    public String websocketPath() {
        return "/edge";
    }

    @Override
    public void routes(HttpRouting.Builder routing) {
        new FuturesPublicRest(ctx, commits).register(routing);
        new FuturesPrivateRest(ctx, shapes).register(routing);
    }

    @Override
    public WsListener newListener() {
        return new FuturesSession(this, ctx);
    }

    @Override
    public SessionRegistry<FuturesSession> sessions() {
        return sessions;
    }

    @Override
    public void publish(Map<Symbol, List<MarketStep>> steps) {
        long now = ctx.now();
        steps.forEach((symbol, symbolSteps) -> {
            symbolSteps.forEach(step -> commits.record(step.delta()));
            if (ctx.faults().isSilenced(symbol)) {
                return;
            }
            DepthUpdate merged = DepthUpdate.merge(symbolSteps.stream().map(MarketStep::delta).toList());
            List<DepthUpdate> depth = ctx.faults().depthGate().pass(merged);
            FuturesTickFrames frames = new FuturesTickFrames(symbol, ctx.symbols().name(symbol), ctx.market(),
                    symbolSteps, depth, now);
            sessions.forEach(session -> pushTo(session, symbol, frames));
        });
    }

    private static void pushTo(FuturesSession session, Symbol symbol, FuturesTickFrames frames) {
        for (FuturesSubscription sub : session.requests()) {
            if (symbol.equals(sub.symbol())) {
                frames.frames(sub).forEach(session::push);
            }
        }
    }

    @Override
    public void onLedgerEvent(LedgerEvent event) {
        switch (event) {
            case LedgerEvent.OrderEvent e -> personal("order", e.order().symbol(), e.userId(),
                    shapes.order(e.order()));
            case LedgerEvent.FillEvent e -> personal("order.deal", e.fill().symbol(), e.userId(),
                    shapes.deal(e.fill()));
            case LedgerEvent.PositionEvent e -> personal("position", e.position().symbol(), e.userId(),
                    shapes.position(e.position()));
            case LedgerEvent.BalanceEvent e -> personal("asset", null, e.userId(),
                    shapes.asset(e.userId(), e.balance()));
        }
    }

    private void personal(String key, Symbol symbol, String userId, JsonNode data) {
        String venueSymbol = symbol == null ? null : ctx.symbols().name(symbol);
        String frame = personalFrame(key, data);
        sessions.forEach(session -> {
            MexcAccount account = session.account();
            if (account != null && account.userId().equals(userId) && session.receivesPersonal(key, venueSymbol)) {
                session.push(frame);
            }
        });
    }

    private String personalFrame(String key, JsonNode data) {
        ObjectNode root = Json.object().put("channel", "push.personal." + key);
        root.set("data", data);
        return Json.write(root.put("ts", ctx.now()));
    }

    /** Pushes every balance of the session's account, as the venue does right after login. */
    void pushAssets(FuturesSession session) {
        MexcAccount account = session.account();
        for (BalanceState b : ctx.ledger().queries().balances(account.userId())) {
            session.push(personalFrame("asset", shapes.asset(account.userId(), b)));
        }
    }

    @Override
    public void sendMalformedFrame() {
        sessions.forEach(session -> session.link().sendText("{\"channel\":\"push.deal\",\"data\":[{\"p\":"));
    }

    @Override
    public void sendUnknownChannel() {
        String frame = Json.write(Json.object().put("channel", "push.unknown.channel").put("data", "x")
                .put("symbol", ctx.symbols().names().iterator().next()).put("ts", ctx.now()));
        sessions.forEach(session -> session.link().sendText(frame));
    }

    @Override
    public void sendOversizedFrame(int bytes) {
        String head = "{\"channel\":\"push.unknown.padding\",\"data\":\"";
        String tail = "\"}";
        int padding = bytes - head.length() - tail.length();
        String frame = padding < 0 ? "x".repeat(Math.max(0, bytes)) : head + "x".repeat(padding) + tail;
        sessions.forEach(session -> session.link().sendText(frame));
    }

    @Override
    public void expireSessions() {
        // futures logins do not expire on MEXC: nothing to do
    }
}
