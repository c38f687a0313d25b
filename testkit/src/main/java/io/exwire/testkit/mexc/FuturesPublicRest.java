package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.SimulatedLedger;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;

/**
 * Futures public REST, wrapped as {@code {"success":true,"code":0,"data":...}}: {@code /api/v1/contract/ping},
 * {@code /detail}, {@code /depth/{symbol}} (its {@code version} on the WebSocket's version line) and
 * {@code /depth_commits/{symbol}/{limit}}. Thread-safe.
 */
final class FuturesPublicRest {

    private final SimContext ctx;
    private final DepthCommits commits;

    FuturesPublicRest(SimContext ctx, DepthCommits commits) {
        this.ctx = ctx;
        this.commits = commits;
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/api/v1/contract/ping", RestIo.handle((req, body) -> ok(Json.object().numberNode(ctx.now()))))
                .get("/api/v1/contract/detail", RestIo.handle((req, body) -> detail(req)))
                .get("/api/v1/contract/depth/{symbol}", RestIo.handle((req, body) -> depth(req)))
                .get("/api/v1/contract/depth_commits/{symbol}/{limit}", RestIo.handle((req, body) -> commits(req)));
    }

    static ObjectNode ok(JsonNode data) {
        ObjectNode root = Json.object().put("success", true).put("code", 0);
        root.set("data", data);
        return root;
    }

    private JsonNode detail(ServerRequest req) {
        String name = req.query().first("symbol").orElse(null);
        if (name != null) {
            return ok(contract(ctx.market().spec(symbol(name))));
        }
        ArrayNode all = Json.array();
        ctx.market().specs().forEach(spec -> all.add(contract(spec)));
        return ok(all);
    }

    private ObjectNode contract(InstrumentSpec spec) {
        Symbol s = spec.symbol();
        ObjectNode n = Json.object().put("symbol", ctx.symbols().name(s))
                .put("displayName", ctx.symbols().name(s) + " PERPETUAL")
                .put("displayNameEn", ctx.symbols().name(s) + " PERPETUAL").put("positionOpenType", 3)
                .put("baseCoin", s.base()).put("quoteCoin", s.quote()).put("settleCoin", s.quote());
        Json.number(n, "contractSize", spec.contractSize());
        n.put("minLeverage", 1).put("maxLeverage", SimulatedLedger.futuresLeverage() * 10)
                .put("priceScale", spec.priceScale()).put("volScale", spec.sizeScale()).put("amountScale", 4);
        Json.number(n, "priceUnit", spec.tickSize());
        Json.number(n, "volUnit", spec.lotSize());
        Json.number(n, "minVol", spec.lotSize());
        n.put("maxVol", 5_000_000);
        Json.number(n, "takerFeeRate", spec.takerFeeRate());
        Json.number(n, "makerFeeRate", spec.makerFeeRate());
        return n.put("state", 0).put("apiAllowed", true).put("isNew", false).put("isHot", true)
                .put("isHidden", false);
    }

    private JsonNode depth(ServerRequest req) {
        Symbol symbol = symbol(req.path().pathParameters().get("symbol"));
        int limit = req.query().first("limit").map(Integer::parseInt).orElse(1000);
        OrderBookSnapshot book = ctx.market().snapshot(symbol, limit);
        ObjectNode data = FuturesTickFrames.levels(book.asks(), book.bids());
        return ok(data.put("version", book.sequence()).put("timestamp", ctx.now()));
    }

    private JsonNode commits(ServerRequest req) {
        Symbol symbol = symbol(req.path().pathParameters().get("symbol"));
        int limit = Integer.parseInt(req.path().pathParameters().get("limit"));
        ArrayNode out = Json.array();
        for (DepthCommits.Commit c : commits.latest(symbol, limit)) {
            out.add(FuturesTickFrames.levels(c.asks(), c.bids()).put("version", c.version()));
        }
        return ok(out);
    }

    private Symbol symbol(String name) {
        Symbol symbol = ctx.symbols().resolve(name);
        if (symbol == null) {
            throw RestRejection.futures(1001, "Contract does not exist");
        }
        return symbol;
    }
}
