package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Liquidity;
import io.exwire.testkit.market.BalanceState;
import io.exwire.testkit.market.LedgerException;
import io.exwire.testkit.market.LedgerQueries;
import io.exwire.testkit.market.OrderState;
import io.exwire.testkit.market.OwnFill;
import io.exwire.testkit.market.PositionState;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Signed REST endpoints: verifies {@code KEY}, {@code Timestamp} and {@code SIGN} (HMAC-SHA512 of
 * {@code METHOD\n/api/v4/path\nquery\nhex(sha512(body))\ntimestamp}) and serves accounts, positions, own trades and
 * the account detail; order endpoints are in {@link GateioRestOrders}. Failures are 401 with Gate.io's labels.
 * Thread-safe.
 */
final class GateioRestPrivate {

    /** A handler that runs after authentication. */
    @FunctionalInterface
    interface Signed {
        void handle(ServerRequest req, ServerResponse res, String userId, String body);
    }

    private final GateioSimulator sim;
    private final LedgerQueries queries;
    private final boolean spot;

    GateioRestPrivate(GateioSimulator sim) {
        this.sim = sim;
        this.queries = sim.ledger().queries();
        this.spot = sim.market() == MarketType.SPOT;
    }

    void register(HttpRouting.Builder http) {
        http.get("/api/v4/account/detail", signed(this::accountDetail));
        new GateioRestOrders(sim).register(http, this);
        if (spot) {
            http.get("/api/v4/spot/accounts", signed(this::spotAccounts));
            http.get("/api/v4/spot/my_trades", signed(this::myTrades));
        } else {
            http.get("/api/v4/futures/usdt/accounts", signed(this::futuresAccount));
            http.get("/api/v4/futures/usdt/positions", signed(this::positions));
            http.get("/api/v4/futures/usdt/positions/{contract}", signed(this::position));
            http.get("/api/v4/futures/usdt/my_trades", signed(this::myTrades));
        }
    }

    Handler signed(Signed handler) {
        return (req, res) -> {
            try {
                String body = body(req);
                handler.handle(req, res, authenticate(req, body), body);
            } catch (GateioRest.RestError e) {
                e.send(res);
            } catch (LedgerException e) {
                GateioRestOrders.ledgerError(e).send(res);
            }
        };
    }

    private String authenticate(ServerRequest req, String body) {
        String key = header(req, "KEY");
        String sign = header(req, "SIGN");
        String timestamp = header(req, "Timestamp");
        if (key == null || sign == null || timestamp == null) {
            throw new GateioRest.RestError(401, "MISSING_REQUIRED_HEADER", "Missing required header: KEY, Timestamp or SIGN");
        }
        long seconds;
        try {
            seconds = (long) Double.parseDouble(timestamp);
        } catch (NumberFormatException e) {
            throw new GateioRest.RestError(401, "INVALID_KEY", "Invalid Timestamp header");
        }
        String method = req.prologue().method().text();
        String path = req.path().rawPath();
        String query = req.query().rawValue();
        try {
            return sim.credentials().verify(key, sign, seconds, sim.nowMillis(),
                    secret -> GateioSigner.signRest(secret, method, path, query, body, timestamp)).userId();
        } catch (GateioCredentials.VerificationException e) {
            throw new GateioRest.RestError(401, e.failure().label(), e.failure().message());
        }
    }

    private static String header(ServerRequest req, String name) {
        return req.headers().first(HeaderNames.create(name)).orElse(null);
    }

    private static String body(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return "";
        }
        try {
            return new String(req.content().inputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accountDetail(ServerRequest req, ServerResponse res, String userId, String body) {
        ObjectNode n = GateioJson.object();
        GateioJson.userNumber(n, "user_id", userId);
        n.putArray("ip_whitelist");
        n.putArray("currency_pairs");
        n.putObject("key").put("mode", 1);
        n.put("tier", 0);
        GateioRest.ok(res, n);
    }

    private void spotAccounts(ServerRequest req, ServerResponse res, String userId, String body) {
        String only = GateioRest.param(req, "currency", null);
        ArrayNode out = GateioJson.array();
        for (BalanceState b : queries.balances(userId)) {
            if (only == null || only.equals(b.asset())) {
                out.addObject().put("currency", b.asset()).put("available", GateioJson.str(b.available()))
                        .put("locked", GateioJson.str(b.locked())).put("update_id", 1);
            }
        }
        GateioRest.ok(res, out);
    }

    private void futuresAccount(ServerRequest req, ServerResponse res, String userId, String body) {
        BalanceState usdt = queries.balance(userId, "USDT");
        Decimal positionMargin = queries.positions(userId).stream().map(PositionState::margin)
                .reduce(Decimal.ZERO, Decimal::add);
        ObjectNode n = GateioJson.object();
        GateioJson.userNumber(n, "user", userId);
        n.put("currency", "USDT");
        n.put("total", GateioJson.str(usdt.total()));
        n.put("unrealised_pnl", "0");
        n.put("position_margin", GateioJson.str(positionMargin));
        n.put("order_margin", GateioJson.str(usdt.locked().subtract(positionMargin)));
        n.put("available", GateioJson.str(usdt.available()));
        n.put("point", "0").put("bonus", "0").put("in_dual_mode", false).put("enable_credit", false);
        n.put("position_initial_margin", GateioJson.str(positionMargin)).put("maintenance_margin", "0");
        GateioRest.ok(res, n);
    }

    private void positions(ServerRequest req, ServerResponse res, String userId, String body) {
        ArrayNode out = GateioJson.array();
        boolean dec = GateioRest.decimalSizes(req);
        queries.positions(userId).forEach(p -> out.add(GateioPrivateRenderer.position(p, dec)));
        GateioRest.ok(res, out);
    }

    private void position(ServerRequest req, ServerResponse res, String userId, String body) {
        Symbol symbol = GateioRest.listed(sim, req.path().pathParameters().get("contract"));
        PositionState p = queries.position(userId, symbol);
        GateioRest.ok(res, GateioPrivateRenderer.position(p, GateioRest.decimalSizes(req)));
    }

    private void myTrades(ServerRequest req, ServerResponse res, String userId, String body) {
        String symbolParam = GateioRest.param(req, spot ? "currency_pair" : "contract", null);
        Symbol symbol = symbolParam == null ? null : GateioRest.listed(sim, symbolParam);
        String orderId = GateioRest.param(req, spot ? "order_id" : "order", null);
        boolean dec = GateioRest.decimalSizes(req);
        ArrayNode out = GateioJson.array();
        for (OwnFill f : queries.fills(userId, symbol, orderId)) {
            out.add(fill(f, dec));
        }
        GateioRest.ok(res, out);
    }

    private ObjectNode fill(OwnFill f, boolean dec) {
        ObjectNode n = GateioJson.object();
        n.put("id", Long.toString(f.tradeId()));
        n.put("order_id", f.orderId());
        n.put("price", GateioJson.str(f.price()));
        n.put("role", f.liquidity() == Liquidity.MAKER ? "maker" : "taker");
        n.put("text", f.text());
        n.put("fee", GateioJson.str(f.fee()));
        n.put("point_fee", "0");
        if (spot) {
            n.put("create_time", Long.toString(f.timestampMillis() / 1000));
            n.put("create_time_ms", GateioJson.fractionalMillis(f.timestampMillis()));
            n.put("currency_pair", GateioJson.venueSymbol(f.symbol()));
            n.put("side", GateioOrderJson.side(f.side()));
            n.put("amount", GateioJson.str(f.size()));
            n.put("fee_currency", f.feeAsset());
            n.put("gt_fee", "0");
            return n;
        }
        GateioJson.number(n, "create_time", Decimal.of(f.timestampMillis(), 3));
        n.put("contract", GateioJson.venueSymbol(f.symbol()));
        Decimal signed = f.side() == io.exwire.api.model.Side.BUY ? f.size() : f.size().negate();
        GateioJson.size(n, "size", signed, dec);
        return n;
    }

    /** @return the positions' user-visible list for open orders of {@code userId} (used by order endpoints) */
    LedgerQueries queries() {
        return queries;
    }

    /** @return the open or finished orders of a user */
    java.util.List<OrderState> orders(String userId, Symbol symbol, boolean open) {
        return open ? queries.openOrders(userId, symbol) : queries.finishedOrders(userId, symbol);
    }
}
