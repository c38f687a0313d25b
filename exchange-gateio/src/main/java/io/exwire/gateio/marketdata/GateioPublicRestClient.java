package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestTransport;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioLimits;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.JsonTree;
import io.exwire.gateio.wire.RestErrors;
import io.exwire.gateio.wire.TreeFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gate.io's public REST API v4 for one market: spot {@code /api/v4/spot/...}, USDT futures
 * {@code /api/v4/futures/usdt/...}. Futures requests send {@code X-Gate-Size-Decimal: 1} so that fractional
 * contract sizes are not truncated. Throttled to 200 requests per 10 s (Gate.io's public limit per endpoint and IP).
 * Thread-safe; see {@link PublicRestClient} for the error contract.
 *
 * <p>Book snapshots always ask for {@code with_id=true} (without it Gate.io sends no id) and for at least the
 * minimum depth given at construction: the websocket book sync passes the depth of its stream, since a snapshot
 * shallower than the stream leaves levels the stream never updates.
 */
public final class GateioPublicRestClient implements PublicRestClient {

    private final MarketType market;
    private final RestTransport transport;
    private final int minimumBookDepth;
    private final Map<String, String> headers;

    /**
     * @param config the configuration (market, REST root override, timeouts)
     */
    public GateioPublicRestClient(ExchangeConfig config) {
        this(config, 1);
    }

    GateioPublicRestClient(ExchangeConfig config, int minimumBookDepth) {
        this.market = config.market();
        this.minimumBookDepth = minimumBookDepth;
        this.transport = new RestTransport(config, GateioEndpoints.REST_ROOT,
                "gateio-" + market.name().toLowerCase(java.util.Locale.ROOT) + "-public",
                GateioLimits.PUBLIC_REST_PER_SECOND);
        this.headers = market == MarketType.FUTURES ? Map.of(GateioEndpoints.SIZE_DECIMAL_HEADER, "1") : Map.of();
    }

    @Override
    public List<Instrument> instruments() {
        boolean spot = market == MarketType.SPOT;
        Object body = get(spot ? "/currency_pairs" : "/contracts", "");
        Function<TreeFields, Instrument> mapper = spot
                ? PublicRestMapper::spotInstrument : PublicRestMapper::futuresInstrument;
        List<Instrument> out = new ArrayList<>();
        for (Object o : JsonTree.list(body)) {
            Instrument instrument = mapper.apply(JsonTree.object(o));
            if (instrument != null) {
                out.add(instrument);
            }
        }
        return out;
    }

    @Override
    public OrderBookSnapshot orderBook(Symbol symbol, int depth) {
        int limit = Math.max(depth, minimumBookDepth);
        Object body = get("/order_book", symbolParam(symbol) + "&limit=" + limit + "&with_id=true");
        return PublicRestMapper.book(symbol, market, JsonTree.object(body));
    }

    @Override
    public List<PublicTrade> recentTrades(Symbol symbol, int limit) {
        Object body = get("/trades", symbolParam(symbol) + "&limit=" + limit);
        List<PublicTrade> out = new ArrayList<>();
        for (Object o : JsonTree.list(body)) {
            out.add(PublicRestMapper.trade(symbol, market, JsonTree.object(o)));
        }
        return out;
    }

    @Override
    public long serverTimeMillis() {
        RestRequest request = RestRequest.get(GateioEndpoints.API_PREFIX + "/spot/time", "");
        return JsonTree.object(RestErrors.body(request, transport.send(request))).wholeNumber("server_time", 0);
    }

    private String symbolParam(Symbol symbol) {
        return (market == MarketType.SPOT ? "currency_pair=" : "contract=") + GateioSymbols.venue(symbol);
    }

    private Object get(String path, String query) {
        RestRequest request = new RestRequest("GET", GateioEndpoints.marketPath(market) + path, query, "", headers);
        return RestErrors.body(request, transport.send(request));
    }

    @Override
    public void close() {
        transport.close();
    }
}
