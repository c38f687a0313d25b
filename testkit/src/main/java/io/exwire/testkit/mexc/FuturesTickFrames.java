package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BookDelta;
import io.exwire.testkit.market.BookTop;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.MarketStep;
import io.exwire.testkit.market.MarketTrade;
import io.exwire.testkit.market.SimulatedMarket;
import io.exwire.testkit.market.Ticker24h;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The futures JSON pushes of one tick for one contract ({@code push.deal}, {@code push.depth},
 * {@code push.depth.full}, {@code push.ticker}), rendered lazily per subscription shape and shared by subscribers.
 * Merged depth pushes carry {@code begin}/{@code end}/{@code version}; with {@code compress:false} each version is
 * its own push carrying only {@code version}. Volumes are contracts.
 *
 * <p><b>Threading.</b> Used by the market thread only, for one tick.
 */
final class FuturesTickFrames {

    private static final Decimal FUNDING_RATE = Decimal.parse("0.0001");
    private static final Decimal PRICE_LIMIT_UP = Decimal.parse("1.03");
    private static final Decimal PRICE_LIMIT_DOWN = Decimal.parse("0.97");

    private final Symbol symbol;
    private final String venueSymbol;
    private final SimulatedMarket market;
    private final List<DepthUpdate> depth;
    private final List<MarketTrade> trades = new ArrayList<>();
    private final boolean changed;
    private final long ts;
    private final Map<String, List<String>> cache = new HashMap<>();

    FuturesTickFrames(Symbol symbol, String venueSymbol, SimulatedMarket market, List<MarketStep> steps,
                      List<DepthUpdate> depth, long ts) {
        this.symbol = symbol;
        this.venueSymbol = venueSymbol;
        this.market = market;
        this.depth = depth;
        this.ts = ts;
        boolean any = false;
        for (MarketStep step : steps) {
            if (step.trade() != null) {
                trades.add(step.trade());
            }
            any |= step.topChanged() || step.trade() != null;
        }
        this.changed = any;
    }

    List<String> frames(FuturesSubscription sub) {
        String shape = sub.topic() + (sub.compress() ? "" : "/plain") + "/" + sub.limit();
        return cache.computeIfAbsent(shape, s -> render(sub));
    }

    private List<String> render(FuturesSubscription sub) {
        return switch (sub.topic()) {
            case "deal" -> trades.isEmpty() ? List.of() : List.of(push("push.deal", deals()));
            case "depth" -> sub.compress() ? merged() : perVersion();
            case "depth.full" -> depth.isEmpty() ? List.of() : List.of(push("push.depth.full", full(sub.limit())));
            case "ticker" -> changed ? List.of(push("push.ticker", ticker())) : List.of();
            default -> List.of();
        };
    }

    private String push(String channel, JsonNode data) {
        ObjectNode root = Json.object().put("channel", channel);
        root.set("data", data);
        return Json.write(root.put("symbol", venueSymbol).put("ts", ts));
    }

    private ArrayNode deals() {
        ArrayNode out = Json.array();
        for (MarketTrade t : trades) {
            ObjectNode d = out.addObject();
            Json.number(d, "p", t.price());
            Json.number(d, "v", t.size());
            d.put("T", t.takerSide() == Side.BUY ? 1 : 2).put("O", 3).put("M", 2).put("t", t.timestampMillis())
                    .put("i", t.tradeId());
        }
        return out;
    }

    private List<String> merged() {
        List<String> out = new ArrayList<>(depth.size());
        for (DepthUpdate u : depth) {
            ObjectNode data = levels(u.asks(), u.bids());
            data.put("begin", u.first()).put("end", u.last()).put("version", u.last());
            out.add(push("push.depth", data));
        }
        return out;
    }

    private List<String> perVersion() {
        List<String> out = new ArrayList<>();
        for (DepthUpdate u : depth) {
            for (BookDelta part : u.parts()) {
                for (DepthCommits.Commit c : DepthCommits.split(part)) {
                    out.add(push("push.depth", levels(c.asks(), c.bids()).put("version", c.version())));
                }
            }
        }
        return out;
    }

    private ObjectNode full(int limit) {
        OrderBookSnapshot book = market.snapshot(symbol, limit);
        return levels(book.asks(), book.bids()).put("version", book.sequence());
    }

    static ObjectNode levels(List<PriceLevel> asks, List<PriceLevel> bids) {
        ObjectNode data = Json.object();
        data.set("asks", levelArray(asks));
        data.set("bids", levelArray(bids));
        return data;
    }

    private static ArrayNode levelArray(List<PriceLevel> levels) {
        ArrayNode out = Json.array();
        for (PriceLevel level : levels) {
            ArrayNode row = out.addArray();
            Json.number(row, level.price());
            Json.number(row, level.size());
            row.add(level.size().isZero() ? 0 : 1);
        }
        return out;
    }

    private ObjectNode ticker() {
        Ticker24h t = market.ticker(symbol);
        BookTop top = t.top();
        ObjectNode d = Json.object().put("symbol", venueSymbol);
        Json.number(d, "lastPrice", t.last());
        Json.number(d, "bid1", orZero(top.bidPrice()));
        Json.number(d, "ask1", orZero(top.askPrice()));
        Json.number(d, "volume24", t.baseVolume());
        Json.number(d, "amount24", t.quoteVolume());
        d.put("holdVol", 0);
        Json.number(d, "lower24Price", t.low());
        Json.number(d, "high24Price", t.high());
        Json.number(d, "riseFallRate", Decimals.div(t.last().subtract(t.open()), t.open(), 4));
        Json.number(d, "riseFallValue", t.last().subtract(t.open()));
        Json.number(d, "indexPrice", t.last());
        Json.number(d, "fairPrice", t.last());
        Json.number(d, "fundingRate", FUNDING_RATE);
        Json.number(d, "maxBidPrice", Decimals.mul(t.last(), PRICE_LIMIT_UP));
        Json.number(d, "minAskPrice", Decimals.mul(t.last(), PRICE_LIMIT_DOWN));
        return d.put("timestamp", ts);
    }

    private static Decimal orZero(Decimal value) {
        return value == null ? Decimal.ZERO : value;
    }
}
