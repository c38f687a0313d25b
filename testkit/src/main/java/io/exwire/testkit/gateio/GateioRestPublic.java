package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.InstrumentSpec;
import io.exwire.testkit.market.MarketTrade;
import io.exwire.testkit.market.SimulatedMarket;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Public REST endpoints: server time, instruments, order book (with {@code id} when {@code with_id=true}, the same
 * update id the WebSocket's {@code U}/{@code u} count), recent trades and tickers. Spot books carry {@code current}
 * in integer ms, futures books in float seconds (as on the venue). Thread-safe.
 */
final class GateioRestPublic {

    private final GateioSimulator sim;
    private final SimulatedMarket market;
    private final GateioPublicRenderer renderer;
    private final boolean spot;

    GateioRestPublic(GateioSimulator sim) {
        this.sim = sim;
        this.market = sim.simulatedMarket();
        this.renderer = new GateioPublicRenderer(sim.market());
        this.spot = sim.market() == MarketType.SPOT;
    }

    void register(HttpRouting.Builder http) {
        http.get("/api/v4/spot/time", guarded((req, res) ->
                GateioRest.ok(res, GateioJson.object().put("server_time", market.nowMillis()))));
        String base = spot ? "/api/v4/spot" : "/api/v4/futures/usdt";
        String instruments = spot ? "/currency_pairs" : "/contracts";
        http.get(base + instruments, guarded(this::instruments));
        http.get(base + instruments + "/{name}", guarded(this::instrument));
        http.get(base + "/order_book", guarded(this::orderBook));
        http.get(base + "/trades", guarded(this::trades));
        http.get(base + "/tickers", guarded(this::tickers));
    }

    /** Wraps a handler so {@link GateioRest.RestError}s become error responses. */
    static Handler guarded(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (GateioRest.RestError e) {
                e.send(res);
            }
        };
    }

    private void instruments(ServerRequest req, ServerResponse res) {
        ArrayNode out = GateioJson.array();
        market.specs().forEach(s -> out.add(instrument(s)));
        GateioRest.ok(res, out);
    }

    private void instrument(ServerRequest req, ServerResponse res) {
        Symbol symbol = GateioRest.listed(sim, req.path().pathParameters().get("name"));
        GateioRest.ok(res, instrument(market.spec(symbol)));
    }

    private ObjectNode instrument(InstrumentSpec s) {
        ObjectNode n = GateioJson.object();
        String name = GateioJson.venueSymbol(s.symbol());
        if (spot) {
            n.put("id", name).put("base", s.symbol().base()).put("quote", s.symbol().quote());
            n.put("fee", GateioJson.str(Decimals.mul(s.takerFeeRate(), Decimal.ofLong(100))));
            n.put("min_base_amount", GateioJson.str(s.lotSize())).put("min_quote_amount", "1");
            n.put("amount_precision", s.sizeScale()).put("precision", s.priceScale());
            n.put("trade_status", "tradable").put("sell_start", 0).put("buy_start", 0);
            return n;
        }
        n.put("name", name).put("type", "direct");
        n.put("quanto_multiplier", GateioJson.str(s.contractSize()));
        n.put("order_price_round", GateioJson.str(s.tickSize()));
        n.put("mark_price_round", GateioJson.str(s.tickSize()));
        n.put("order_size_min", GateioJson.str(s.lotSize())).put("order_size_max", "1000000");
        n.put("leverage_min", "1").put("leverage_max", "100");
        n.put("maker_fee_rate", GateioJson.str(s.makerFeeRate())).put("taker_fee_rate", GateioJson.str(s.takerFeeRate()));
        n.put("enable_decimal", s.fractionalSizes());
        n.put("last_price", GateioJson.str(market.ticker(s.symbol()).last()));
        n.put("mark_price", GateioJson.str(market.ticker(s.symbol()).last()));
        n.put("in_delisting", false).put("status", "trading");
        return n;
    }

    private void orderBook(ServerRequest req, ServerResponse res) {
        Symbol symbol = GateioRest.listed(sim, GateioRest.param(req, spot ? "currency_pair" : "contract", null));
        int limit = GateioRest.limit(req, 10, 1000);
        OrderBookSnapshot book = market.snapshot(symbol, limit);
        boolean dec = GateioRest.decimalSizes(req);
        ObjectNode n = GateioJson.object();
        if ("true".equals(GateioRest.param(req, "with_id", "false"))) {
            n.put("id", book.sequence());
        }
        long now = market.nowMillis();
        if (spot) {
            n.put("current", now).put("update", book.exchangeTimestampMillis());
        } else {
            GateioJson.number(n, "current", Decimal.of(now, 3));
            GateioJson.number(n, "update", Decimal.of(book.exchangeTimestampMillis(), 3));
        }
        n.set("asks", renderer.levels(book.asks(), dec, !spot));
        n.set("bids", renderer.levels(book.bids(), dec, !spot));
        GateioRest.ok(res, n);
    }

    private void trades(ServerRequest req, ServerResponse res) {
        Symbol symbol = GateioRest.listed(sim, GateioRest.param(req, spot ? "currency_pair" : "contract", null));
        boolean dec = GateioRest.decimalSizes(req);
        ArrayNode out = GateioJson.array();
        for (MarketTrade t : market.recentTrades(symbol, GateioRest.limit(req, 100, 1000))) {
            out.add(trade(t, dec));
        }
        GateioRest.ok(res, out);
    }

    private ObjectNode trade(MarketTrade t, boolean dec) {
        ObjectNode n = GateioJson.object();
        if (spot) {
            n.put("id", Long.toString(t.tradeId()));
            n.put("create_time", Long.toString(t.timestampMillis() / 1000));
            n.put("create_time_ms", GateioJson.fractionalMillis(t.timestampMillis()));
            n.put("currency_pair", GateioJson.venueSymbol(t.symbol()));
            n.put("side", t.takerSide() == Side.BUY ? "buy" : "sell");
            n.put("amount", GateioJson.str(t.size()));
        } else {
            n.put("id", t.tradeId());
            GateioJson.number(n, "create_time", Decimal.of(t.timestampMillis(), 3));
            n.put("create_time_ms", t.timestampMillis());
            n.put("contract", GateioJson.venueSymbol(t.symbol()));
            GateioJson.size(n, "size", t.takerSide() == Side.BUY ? t.size() : t.size().negate(), dec);
        }
        n.put("price", GateioJson.str(t.price()));
        return n;
    }

    private void tickers(ServerRequest req, ServerResponse res) {
        String only = GateioRest.param(req, spot ? "currency_pair" : "contract", null);
        Symbol filter = only == null ? null : GateioRest.listed(sim, only);
        ArrayNode out = GateioJson.array();
        for (Symbol s : market.symbols()) {
            if (filter == null || filter.equals(s)) {
                out.add(renderer.tickerObject(market.ticker(s), GateioRest.decimalSizes(req)));
            }
        }
        GateioRest.ok(res, out);
    }
}
