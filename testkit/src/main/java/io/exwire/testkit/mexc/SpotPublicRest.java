package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.MarketTrade;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;

import java.util.List;

/**
 * Spot v3 public REST: {@code /api/v3/ping}, {@code /time}, {@code /exchangeInfo}, {@code /depth} (with a
 * {@code lastUpdateId} on the same version line as the WebSocket's {@code fromVersion}/{@code toVersion}) and
 * {@code /trades}. Stateless apart from the shared context; thread-safe.
 */
final class SpotPublicRest {

    private static final int DEFAULT_DEPTH = 100;
    private static final int MAX_DEPTH = 5000;

    private final SimContext ctx;

    SpotPublicRest(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/api/v3/ping", RestIo.handle((req, body) -> Json.object()))
                .get("/api/v3/time", RestIo.handle((req, body) -> Json.object().put("serverTime", ctx.now())))
                .get("/api/v3/exchangeInfo", RestIo.handle((req, body) -> exchangeInfo()))
                .get("/api/v3/depth", RestIo.handle((req, body) -> depth(req)))
                .get("/api/v3/trades", RestIo.handle((req, body) -> trades(req)));
    }

    private JsonNode exchangeInfo() {
        ObjectNode root = Json.object().put("timezone", "CST").put("serverTime", ctx.now());
        root.set("rateLimits", Json.array());
        root.set("exchangeFilters", Json.array());
        ArrayNode symbols = root.putArray("symbols");
        for (InstrumentSpec spec : ctx.market().specs()) {
            symbols.add(symbolInfo(spec));
        }
        return root;
    }

    private ObjectNode symbolInfo(InstrumentSpec spec) {
        ObjectNode s = Json.object().put("symbol", ctx.symbols().name(spec.symbol())).put("status", "1")
                .put("baseAsset", spec.symbol().base()).put("baseAssetPrecision", spec.sizeScale())
                .put("quoteAsset", spec.symbol().quote()).put("quotePrecision", spec.priceScale())
                .put("quoteAssetPrecision", spec.priceScale()).put("baseCommissionPrecision", spec.sizeScale())
                .put("quoteCommissionPrecision", spec.priceScale());
        s.putArray("orderTypes").add("LIMIT").add("MARKET").add("LIMIT_MAKER");
        s.put("isSpotTradingAllowed", true).put("isMarginTradingAllowed", false)
                .put("quoteAmountPrecision", "1").put("baseSizePrecision", spec.lotSize().toString());
        s.putArray("permissions").add("SPOT");
        s.putArray("filters");
        return s.put("maxQuoteAmount", "2000000").put("makerCommission", spec.makerFeeRate().toString())
                .put("takerCommission", spec.takerFeeRate().toString()).put("quoteAmountPrecisionMarket", "1")
                .put("maxQuoteAmountMarket", "100000").put("fullName", spec.symbol().base())
                .put("tradeSideType", 1);
    }

    private JsonNode depth(ServerRequest req) {
        Symbol symbol = requireSymbol(req);
        int limit = Math.min(MAX_DEPTH, intParam(req, "limit", DEFAULT_DEPTH));
        OrderBookSnapshot book = ctx.market().snapshot(symbol, limit);
        ObjectNode root = Json.object().put("lastUpdateId", book.sequence());
        root.set("bids", levels(book.bids()));
        root.set("asks", levels(book.asks()));
        return root.put("timestamp", ctx.now());
    }

    private static ArrayNode levels(List<PriceLevel> levels) {
        ArrayNode out = Json.array();
        for (PriceLevel level : levels) {
            out.addArray().add(level.price().toString()).add(level.size().toString());
        }
        return out;
    }

    private JsonNode trades(ServerRequest req) {
        Symbol symbol = requireSymbol(req);
        int limit = Math.min(1000, intParam(req, "limit", 500));
        ArrayNode out = Json.array();
        for (MarketTrade t : ctx.market().recentTrades(symbol, limit)) {
            out.addObject().putNull("id").put("price", t.price().toString()).put("qty", t.size().toString())
                    .put("quoteQty", Decimals.mul(t.price(), t.size()).toString()).put("time", t.timestampMillis())
                    .put("isBuyerMaker", t.takerSide() == Side.SELL).put("isBestMatch", true)
                    .put("tradeType", t.takerSide() == Side.BUY ? "BID" : "ASK");
        }
        return out;
    }

    private Symbol requireSymbol(ServerRequest req) {
        Symbol symbol = ctx.symbols().resolve(req.query().first("symbol").orElse(null));
        if (symbol == null) {
            throw RestRejection.spot(400, 30014, "Invalid symbol.");
        }
        return symbol;
    }

    private static int intParam(ServerRequest req, String name, int fallback) {
        try {
            return req.query().first(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw RestRejection.spot(400, 33333, "param is error");
        }
    }
}
