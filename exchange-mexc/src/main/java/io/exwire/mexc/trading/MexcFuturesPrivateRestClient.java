package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.VenueErrorException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.api.trading.PositionSide;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcRest;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.MexcVenue;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * MEXC futures signed REST ({@code https://contract.mexc.com}, overridable): {@code POST order/submit},
 * {@code POST order/cancel}, {@code POST order/cancel_all}, {@code GET order/get/{id}},
 * {@code GET order/list/open_orders[/{symbol}]} (paged), {@code GET order/list/order_deals},
 * {@code GET position/open_positions}, {@code GET account/assets} and {@code POST position/change_leverage}, all
 * under {@code /api/v1/private/}. Signing and the clock offset: {@link FuturesSignedRest}.
 *
 * <p>Orders: sizes are contracts; {@code side} becomes MEXC side 1/3 (open long/short), or 2/4 (close short/long)
 * with {@code reduceOnly} (hedge mode); the margin mode and leverage come from {@link FuturesOrderOptions}. The
 * venue answers a new order with its id only, so the returned order is built from the request with status NEW.
 * A cancel answers per order; a non-zero {@code errorCode} becomes {@link VenueErrorException}, otherwise the order
 * is queried back. {@link #cancelAll} returns the orders that were open before {@code cancel_all}, as CANCELED.
 * Objects built from REST answers report {@code reconciled() == true}. Thread-safe.
 */
public final class MexcFuturesPrivateRestClient implements PrivateRestClient {

    private static final String BASE = "/api/v1/private/";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private final FuturesSignedRest rest;
    private final FuturesOrderOptions options;
    private final InstantSource clock;

    /**
     * @param config the configuration (REST root, timeouts, clock, venue options {@code openType}/{@code leverage})
     * @param credentials the account's credentials
     * @throws io.exwire.api.exception.ConfigurationException for invalid venue options
     */
    public MexcFuturesPrivateRestClient(ExchangeConfig config, Credentials credentials) {
        this.options = FuturesOrderOptions.of(config);
        this.rest = new FuturesSignedRest(config, credentials);
        this.clock = config.clock();
    }

    @Override
    public Order placeOrder(OrderRequest request) {
        StringBuilder body = new StringBuilder(160).append("{\"symbol\":\"")
                .append(MexcSymbols.futures(request.symbol())).append('"');
        if (request.price() != null) {
            body.append(",\"price\":").append(request.price());
        }
        body.append(",\"vol\":").append(request.size()).append(",\"side\":").append(FuturesCodes.requestSide(request))
                .append(",\"type\":").append(FuturesCodes.requestType(request))
                .append(",\"openType\":").append(options.openType());
        if (options.leverage() > 0) {
            body.append(",\"leverage\":").append(options.leverage());
        }
        if (!request.clientOrderId().isEmpty()) {
            body.append(",\"externalOid\":").append(FuturesJson.quote(request.clientOrderId()));
        }
        String answer = rest.post(BASE + "order/submit", body.append('}').toString());
        String orderId = MexcRest.futuresData(answer, FuturesJson::scalar);
        return new Order(MexcVenue.ID, MarketType.FUTURES, request.symbol(), orderId, request.clientOrderId(),
                request.side(), request.type(), request.timeInForce(), request.price(), request.size(), Decimal.ZERO,
                null, OrderStatus.NEW, rest.clock().nowMillis(), Nanos.now(clock), true);
    }

    @Override
    public Order cancelOrder(Symbol symbol, String orderId) {
        String answer = rest.post(BASE + "order/cancel", "[" + numericId(orderId) + "]");
        MexcRest.futuresData(answer, cur -> {
            JsonFields f = new JsonFields("orderId", "errorCode", "errorMsg");
            FuturesJson.forEach(cur, element -> requireCanceled(f.read(element)));
            return f;
        });
        return order(symbol, orderId);
    }

    private static void requireCanceled(JsonFields f) {
        long code = f.longValue(1, 0);
        if (code != 0) {
            throw new VenueErrorException("MEXC futures cancel of " + f.string(0) + " refused: " + code + " "
                    + f.string(2), 200, Long.toString(code));
        }
    }

    private static String numericId(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("MEXC futures ids are numeric but was empty");
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                throw new IllegalArgumentException("MEXC futures ids are numeric but was '" + id + "'");
            }
        }
        return id;
    }

    @Override
    public List<Order> cancelAll(Symbol symbol) {
        List<Order> open = openOrders(Optional.of(symbol));
        rest.post(BASE + "order/cancel_all", "{\"symbol\":\"" + MexcSymbols.futures(symbol) + "\"}");
        List<Order> canceled = new ArrayList<>(open.size());
        for (Order o : open) {
            canceled.add(new Order(o.exchange(), o.market(), o.symbol(), o.orderId(), o.clientOrderId(), o.side(),
                    o.type(), o.timeInForce(), o.price(), o.size(), o.filledSize(), o.averageFillPrice(),
                    OrderStatus.CANCELED, rest.clock().nowMillis(), Nanos.now(clock), true));
        }
        return canceled;
    }

    @Override
    public Order order(Symbol symbol, String orderId) {
        String answer = rest.get(BASE + "order/get/" + numericId(orderId), new QueryParams());
        return MexcRest.futuresData(answer, cur -> FuturesEventMapper.order(
                new JsonFields(FuturesEventMapper.ORDER_FIELDS).read(cur), 0, Nanos.now(clock), true));
    }

    @Override
    public List<Order> openOrders(Optional<Symbol> symbol) {
        String path = BASE + "order/list/open_orders" + symbol.map(s -> "/" + MexcSymbols.futures(s)).orElse("");
        List<Order> out = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            QueryParams p = new QueryParams().add("page_num", page).add("page_size", PAGE_SIZE);
            int before = out.size();
            out.addAll(list(rest.get(path, p), FuturesEventMapper.ORDER_FIELDS,
                    f -> FuturesEventMapper.order(f, 0, Nanos.now(clock), true)));
            if (out.size() - before < PAGE_SIZE) {
                break;
            }
        }
        return out;
    }

    @Override
    public List<Balance> balances() {
        List<Balance> all = list(rest.get(BASE + "account/assets", new QueryParams()), FuturesEventMapper.ASSET_FIELDS,
                f -> FuturesEventMapper.balance(f, 0, Nanos.now(clock), true));
        all.removeIf(b -> b.total().isZero());
        return all;
    }

    @Override
    public List<Position> positions() {
        List<Position> all = positionsOf(null);
        all.removeIf(p -> p.side() == PositionSide.FLAT);
        return all;
    }

    private List<Position> positionsOf(Symbol symbol) {
        QueryParams p = new QueryParams().add("symbol", symbol == null ? null : MexcSymbols.futures(symbol));
        return list(rest.get(BASE + "position/open_positions", p), FuturesEventMapper.POSITION_FIELDS,
                f -> FuturesEventMapper.position(f, 0, Nanos.now(clock), true));
    }

    @Override
    public List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis) {
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.futures(symbol))
                .add("start_time", sinceEpochMillis).add("page_num", 1).add("page_size", PAGE_SIZE);
        List<OwnTrade> trades = list(rest.get(BASE + "order/list/order_deals", p), FuturesEventMapper.DEAL_FIELDS,
                f -> FuturesEventMapper.trade(f, 0, Nanos.now(clock), true));
        trades.sort(Comparator.comparingLong(OwnTrade::exchangeTimestampMillis));
        return trades;
    }

    /**
     * Sets the leverage of every open position of the contract ({@code positionId} + {@code leverage}); without an
     * open position, of both directions in the configured margin mode ({@code openType}, {@code symbol},
     * {@code positionType} 1 and 2).
     */
    @Override
    public void setLeverage(Symbol symbol, int leverage) {
        if (leverage < 1) {
            throw new IllegalArgumentException("leverage must be positive but was " + leverage);
        }
        QueryParams p = new QueryParams().add("symbol", MexcSymbols.futures(symbol));
        List<String> positionIds = list(rest.get(BASE + "position/open_positions", p), new String[]{"positionId"},
                f -> f.string(0));
        if (positionIds.isEmpty()) {
            for (int positionType = 1; positionType <= 2; positionType++) {
                rest.post(BASE + "position/change_leverage", "{\"openType\":" + options.openType() + ",\"leverage\":"
                        + leverage + ",\"symbol\":\"" + MexcSymbols.futures(symbol) + "\",\"positionType\":"
                        + positionType + "}");
            }
            return;
        }
        for (String id : positionIds) {
            rest.post(BASE + "position/change_leverage", "{\"positionId\":" + numericId(id) + ",\"leverage\":"
                    + leverage + "}");
        }
    }

    private static <T> List<T> list(String body, String[] fields, Function<JsonFields, T> mapper) {
        JsonFields f = new JsonFields(fields);
        List<T> out = new ArrayList<>();
        MexcRest.futuresData(body, cur -> {
            FuturesJson.forEach(cur, element -> out.add(mapper.apply(f.read(element))));
            return out;
        });
        return out;
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "MexcFuturesPrivateRestClient[" + rest + "]";
    }
}
