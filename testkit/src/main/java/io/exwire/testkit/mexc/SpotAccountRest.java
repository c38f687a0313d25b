package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.OwnFill;
import io.helidon.webserver.http.HttpRouting;

import java.util.List;

/**
 * Spot v3 SIGNED account endpoints: {@code GET /api/v3/account}, {@code GET /api/v3/myTrades}, and the user data
 * stream's listenKey lifecycle ({@code POST/GET/PUT/DELETE /api/v3/userDataStream}). Thread-safe.
 */
final class SpotAccountRest {

    private final SimContext ctx;
    private final ListenKeys listenKeys;

    SpotAccountRest(SimContext ctx, ListenKeys listenKeys) {
        this.ctx = ctx;
        this.listenKeys = listenKeys;
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/api/v3/account", SpotAuth.signed(ctx, this::account))
                .get("/api/v3/myTrades", SpotAuth.signed(ctx, this::myTrades))
                .post("/api/v3/userDataStream", SpotAuth.signed(ctx, this::createKey))
                .get("/api/v3/userDataStream", SpotAuth.signed(ctx, this::listKeys))
                .put("/api/v3/userDataStream", SpotAuth.signed(ctx, this::keepAlive))
                .delete("/api/v3/userDataStream", SpotAuth.signed(ctx, this::deleteKey));
    }

    private JsonNode account(SpotAuth.Signed s) {
        ObjectNode root = Json.object().put("canTrade", true).put("canWithdraw", true).put("canDeposit", true)
                .putNull("updateTime").put("accountType", "SPOT");
        ArrayNode balances = root.putArray("balances");
        for (BalanceState b : ctx.ledger().queries().balances(s.account().userId())) {
            balances.addObject().put("asset", b.asset()).put("free", b.available().toString())
                    .put("locked", b.locked().toString());
        }
        root.putArray("permissions").add("SPOT");
        return root;
    }

    private JsonNode myTrades(SpotAuth.Signed s) {
        String name = s.param("symbol");
        Symbol symbol = ctx.symbols().resolve(name);
        if (symbol == null) {
            throw RestRejection.spot(400, 30014, "Invalid symbol.");
        }
        String orderId = s.param("orderId");
        List<OwnFill> fills = ctx.ledger().queries().fills(s.account().userId(), symbol,
                orderId == null ? null : MexcAccount.ledgerOrderId(orderId));
        int limit = Math.min(100, s.param("limit") == null ? 100 : Integer.parseInt(s.param("limit")));
        ArrayNode out = Json.array();
        fills.stream().skip(Math.max(0, fills.size() - limit)).forEach(f -> out.add(SpotOrderJson.trade(name, f)));
        return out;
    }

    private JsonNode createKey(SpotAuth.Signed s) {
        return Json.object().put("listenKey", listenKeys.create(s.account()));
    }

    private JsonNode listKeys(SpotAuth.Signed s) {
        ObjectNode root = Json.object();
        ArrayNode keys = root.putArray("listenKey");
        listenKeys.valid(s.account()).forEach(keys::add);
        return root;
    }

    private JsonNode keepAlive(SpotAuth.Signed s) {
        String key = s.param("listenKey");
        if (!listenKeys.keepAlive(s.account(), key)) {
            throw listenKeyError();
        }
        return Json.object().put("listenKey", key);
    }

    private JsonNode deleteKey(SpotAuth.Signed s) {
        String key = s.param("listenKey");
        if (!listenKeys.delete(s.account(), key)) {
            throw listenKeyError();
        }
        return Json.object().put("listenKey", key);
    }

    private static RestRejection listenKeyError() {
        return RestRejection.spot(400, 730708, "listen key information error");
    }
}
