package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.core.codec.JsonCursor;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.SpotExchangeInfo;
import io.exwire.mexc.wire.SpotSymbolDirectory;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MEXC spot signed REST ({@code https://api.mexc.com}, overridable): {@code POST /api/v3/order} (LIMIT,
 * LIMIT_MAKER, IMMEDIATE_OR_CANCEL, FILL_OR_KILL, MARKET with {@code newClientOrderId}), {@code DELETE /api/v3/order},
 * {@code DELETE /api/v3/openOrders}, {@code GET /api/v3/order}, {@code GET /api/v3/openOrders},
 * {@code GET /api/v3/account}, {@code GET /api/v3/myTrades}, and the listen-key calls of
 * {@code /api/v3/userDataStream} used by the private websocket. Signing and the clock offset: {@link SpotSignedRest}.
 * Spot has no positions ({@link #positions()} is empty) and no leverage ({@link #setLeverage} throws). Objects built
 * from REST answers report {@code reconciled() == true}. Thread-safe.
 */
public final class MexcSpotPrivateRestClient implements PrivateRestClient {

    private static final long SYMBOLS_MAX_AGE_MILLIS = 3_600_000L;
    private static final int MAX_TRADES = 100;

    private final SpotSignedRest rest;
    private final InstantSource clock;
    private final SpotSymbolDirectory directory = new SpotSymbolDirectory();
    private final Set<Symbol> seen = ConcurrentHashMap.newKeySet();

    /**
     * @param config the configuration (REST root, timeouts, clock)
     * @param credentials the account's credentials
     */
    public MexcSpotPrivateRestClient(ExchangeConfig config, Credentials credentials) {
        this.rest = new SpotSignedRest(config, credentials);
        this.clock = config.clock();
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        if (request.reduceOnly()) {
            throw new IllegalArgumentException("reduceOnly applies to futures only; MEXC spot has no positions");
        }
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(request.symbol()))
                .add("side", request.side().name()).add("type", SpotCodes.restType(request))
                .add("quantity", request.size()).add("price", request.price());
        if (!request.clientOrderId().isEmpty()) {
            p.add("newClientOrderId", request.clientOrderId());
        }
        Order placed = one(rest.send("POST", "/api/v3/order", p), request.symbol(), OrderStatus.NEW);
        return request.clientOrderId().isEmpty() || !placed.clientOrderId().isEmpty() ? placed
                : withClientOrderId(placed, request.clientOrderId());
    }

    private static Order withClientOrderId(Order o, String clientOrderId) {
        return new Order(o.exchange(), o.market(), o.symbol(), o.orderId(), clientOrderId, o.side(), o.type(),
                o.timeInForce(), o.price(), o.size(), o.filledSize(), o.averageFillPrice(), o.status(),
                o.exchangeTimestampMillis(), o.receiveTimestampNanos(), o.reconciled());
    }

    @Override
    public Order cancelOrder(Symbol symbol, String orderId) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(symbol)).add("orderId", orderId);
        return one(rest.send("DELETE", "/api/v3/order", p), symbol, OrderStatus.CANCELED);
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(symbol));
        return orders(rest.send("DELETE", "/api/v3/openOrders", p), symbol, OrderStatus.CANCELED);
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(symbol)).add("orderId", orderId);
        return one(rest.send("GET", "/api/v3/order", p), symbol, OrderStatus.NEW);
    }

    /**
     * {@code GET /api/v3/openOrders} requires a symbol on MEXC. Without one, every symbol this client has seen (in
     * orders placed, queried or pushed) and every symbol the API key trades ({@code GET /api/v3/selfSymbols}) is
     * queried in turn; if the key's symbol list is unavailable, the seen symbols alone are queried.
     */
    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        if (symbol.isPresent()) {
            return openOrdersOf(symbol.get());
        }
        List<Order> out = new ArrayList<>();
        for (Symbol s : reconciliationSymbols()) {
            out.addAll(openOrdersOf(s));
        }
        return out;
    }

    private List<Order> openOrdersOf(Symbol symbol) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(symbol));
        return orders(rest.send("GET", "/api/v3/openOrders", p), symbol, OrderStatus.NEW);
    }

    private Set<Symbol> reconciliationSymbols() {
        Set<Symbol> all = new TreeSet<>(Comparator.comparing(Symbol::toString));
        all.addAll(seen);
        try {
            all.addAll(apiSymbols());
        } catch (ExwireException e) {
            // the key may lack the permission; the symbols seen so far are still reconciled
        }
        return all;
    }

    /** @return the symbols the API key may trade ({@code GET /api/v3/selfSymbols}) */
    private List<Symbol> apiSymbols() {
        String body = rest.send("GET", "/api/v3/selfSymbols", new QueryParams());
        List<Symbol> out = new ArrayList<>();
        JsonCursor cur = new JsonCursor().reset(body);
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("data") && !cur.readNullIfPresent()) {
                cur.beginArray();
                while (cur.nextElement()) {
                    Symbol s = resolveOrNull(cur.readString());
                    if (s != null) {
                        out.add(s);
                    }
                }
            } else {
                cur.skipValue();
            }
        }
        return out;
    }

    /**
     * Remembers a symbol the account trades, for reconciliation of open orders without a symbol.
     *
     * @param symbol the symbol
     */
    void noteSymbol(Symbol symbol) {
        seen.add(symbol);
    }

    @Override
    public List<Balance> balances() {
        String body = rest.send("GET", "/api/v3/account", new QueryParams());
        long now = Nanos.now(clock);
        List<Balance> out = new ArrayList<>();
        JsonCursor cur = new JsonCursor().reset(body);
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("balances") && !cur.readNullIfPresent()) {
                readBalances(cur, now, out);
            } else {
                cur.skipValue();
            }
        }
        return out;
    }

    private static void readBalances(JsonCursor cur, long now, List<Balance> out) {
        JsonFields f = new JsonFields(SpotAccountMapper.BALANCE_FIELDS);
        cur.beginArray();
        while (cur.nextElement()) {
            Balance b = SpotAccountMapper.balanceFromRest(f.read(cur), now);
            if (!b.total().isZero()) {
                out.add(b);
            }
        }
    }

    @Override
    public List<Position> positions() {
        return List.of();
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.spot(symbol)).add("startTime", sinceEpochMillis)
                .add("limit", MAX_TRADES);
        JsonCursor cur = new JsonCursor().reset(rest.send("GET", "/api/v3/myTrades", p));
        JsonFields f = new JsonFields(SpotAccountMapper.TRADE_FIELDS);
        long now = Nanos.now(clock);
        List<OwnTrade> out = new ArrayList<>();
        cur.beginArray();
        while (cur.nextElement()) {
            out.add(SpotAccountMapper.tradeFromRest(f.read(cur), symbol, now));
        }
        out.sort(Comparator.comparingLong(OwnTrade::exchangeTimestampMillis));
        return out;
    }

    /**
     * Spot has no leverage.
     *
     * @throws io.exwire.api.exception.CapabilityNotSupportedException always: MEXC spot lacks this capability
     */
    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        throw new io.exwire.api.exception.CapabilityNotSupportedException("MEXC spot has no leverage; use a FUTURES client");
    }

    /** @return a new listen key ({@code POST /api/v3/userDataStream}) */
    String createListenKey() {
        String body = rest.send("POST", "/api/v3/userDataStream", new QueryParams());
        String key = new JsonFields("listenKey").read(new JsonCursor().reset(body)).string(0);
        if (key.isEmpty()) {
            throw new ProtocolException("MEXC returned no listenKey");
        }
        return key;
    }

    /** @param listenKey a key to extend by 60 minutes ({@code PUT /api/v3/userDataStream}) */
    void keepAliveListenKey(String listenKey) {
        rest.send("PUT", "/api/v3/userDataStream", new QueryParams().add("listenKey", listenKey));
    }

    /** @param listenKey a key to close ({@code DELETE /api/v3/userDataStream}) */
    void deleteListenKey(String listenKey) {
        rest.send("DELETE", "/api/v3/userDataStream", new QueryParams().add("listenKey", listenKey));
    }

    /** Reloads the spot symbol list when it is older than an hour (unsigned {@code exchangeInfo}). */
    void refreshSymbolsIfStale() {
        long now = clock.millis();
        if (now - directory.loadedAtMillis() > SYMBOLS_MAX_AGE_MILLIS) {
            directory.update(SpotExchangeInfo.fetch(rest.transport()), now);
        }
    }

    /** @return the directory resolving {@code BTCUSDT} spellings */
    SpotSymbolDirectory directory() {
        return directory;
    }

    private Order one(String body, Symbol symbol, OrderStatus absentStatus) {
        JsonFields f = new JsonFields(SpotOrderMapper.REST_FIELDS).read(new JsonCursor().reset(body));
        noteSymbol(symbol);
        return SpotOrderMapper.fromRest(f, symbol, absentStatus, Nanos.now(clock));
    }

    private List<Order> orders(String body, Symbol symbol, OrderStatus absentStatus) {
        JsonCursor cur = new JsonCursor().reset(body);
        JsonFields f = new JsonFields(SpotOrderMapper.REST_FIELDS);
        long now = Nanos.now(clock);
        List<Order> out = new ArrayList<>();
        cur.beginArray();
        while (cur.nextElement()) {
            out.add(SpotOrderMapper.fromRest(f.read(cur), symbol, absentStatus, now));
        }
        if (!out.isEmpty()) {
            noteSymbol(symbol);
        }
        return out;
    }

    private Symbol resolveOrNull(String venueSymbol) {
        if (directory.loadedAtMillis() == 0) {
            refreshSymbolsIfStale();
        }
        return directory.resolve(venueSymbol);
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "MexcSpotPrivateRestClient[" + rest + "]";
    }
}
