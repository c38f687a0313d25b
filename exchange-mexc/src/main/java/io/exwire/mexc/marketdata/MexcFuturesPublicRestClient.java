package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestTransport;
import io.exwire.mexc.wire.JsonFields;
import io.exwire.mexc.wire.MexcRest;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.MexcVenue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MEXC futures public REST ({@code https://contract.mexc.com}, overridable): {@code GET /api/v1/contract/detail}
 * (linear contracts only — settle asset equals quote asset — with tick {@code priceUnit}, lot {@code volUnit},
 * minimum {@code minVol} contracts and {@code contractSize} base per contract; tradable when {@code state} is 0),
 * {@code GET /api/v1/contract/depth/{symbol}} (snapshot with {@code version}, sizes in contracts),
 * {@code GET /api/v1/contract/deals/{symbol}} (up to 100) and {@code GET /api/v1/contract/ping} (server time).
 * Bodies are {@code {"success":true,"code":0,"data":..}}. Throttled client-side to 10 requests per second (the
 * documented 20 per 2 s). Thread-safe.
 */
public final class MexcFuturesPublicRestClient implements PublicRestClient {

    private static final int MAX_DEPTH = 1000;
    private static final int MAX_TRADES = 100;
    private static final String[] CONTRACT_FIELDS = {"symbol", "baseCoin", "quoteCoin", "settleCoin", "contractSize",
        "priceUnit", "volUnit", "minVol", "state"};
    private static final String[] DEAL_FIELDS = {"p", "v", "T", "t", "i"};

    private final RestTransport transport;

    /** @param config the configuration (REST root, timeouts, TLS) */
    public MexcFuturesPublicRestClient(ExchangeConfig config) {
        this.transport = new RestTransport(config, MexcVenue.FUTURES_REST, "mexc-futures-public",
                MexcVenue.FUTURES_REST_PERMITS_PER_SECOND);
    }

    @Override
    public List<Instrument> instruments() {
        String body = MexcRest.futures(transport, RestRequest.get("/api/v1/contract/detail", ""));
        return MexcRest.futuresData(body, MexcFuturesPublicRestClient::readContracts);
    }

    private static List<Instrument> readContracts(JsonCursor cur) {
        List<Instrument> out = new ArrayList<>();
        JsonFields f = new JsonFields(CONTRACT_FIELDS);
        cur.beginArray();
        while (cur.nextElement()) {
            f.read(cur);
            Instrument instrument = toInstrument(f);
            if (instrument != null) {
                out.add(instrument);
            }
        }
        return out;
    }

    private static Instrument toInstrument(JsonFields f) {
        String quote = f.string(2);
        if (!quote.equals(f.string(3))) {
            return null;
        }
        Symbol symbol;
        try {
            symbol = Symbol.of(f.string(1), quote);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Instrument(symbol, f.string(0), MarketType.FUTURES, f.decimal(5), f.decimal(6), f.decimal(7),
                null, f.decimal(4), f.string(3), f.longValue(8, -1) == 0);
    }

    @Override
    public OrderBookSnapshot orderBook(Symbol symbol, int depth) {
        String path = "/api/v1/contract/depth/" + MexcSymbols.futures(symbol);
        String query = "limit=" + Math.max(1, Math.min(depth, MAX_DEPTH));
        String body = MexcRest.futures(transport, RestRequest.get(path, query));
        return MexcRest.futuresData(body, cur -> RestLevels.book(symbol, cur, "version"));
    }

    @Override
    public List<PublicTrade> recentTrades(Symbol symbol, int limit) {
        String path = "/api/v1/contract/deals/" + MexcSymbols.futures(symbol);
        String query = "limit=" + Math.max(1, Math.min(limit, MAX_TRADES));
        String body = MexcRest.futures(transport, RestRequest.get(path, query));
        List<PublicTrade> trades = MexcRest.futuresData(body, cur -> readTrades(symbol, cur));
        trades.sort(Comparator.comparingLong(PublicTrade::exchangeTimestampMillis).reversed());
        return trades;
    }

    private static List<PublicTrade> readTrades(Symbol symbol, JsonCursor cur) {
        List<PublicTrade> trades = new ArrayList<>();
        JsonFields f = new JsonFields(DEAL_FIELDS);
        cur.beginArray();
        while (cur.nextElement()) {
            f.read(cur);
            trades.add(new PublicTrade(symbol, f.longValue(4, TradeView.NO_TRADE_ID), f.decimal(0),
                    f.decimal(1).abs(), f.longValue(2, 1) == 2 ? Side.SELL : Side.BUY, f.longValue(3, 0)));
        }
        return trades;
    }

    @Override
    public long serverTimeMillis() {
        String body = MexcRest.futures(transport, RestRequest.get("/api/v1/contract/ping", ""));
        return MexcRest.futuresData(body, JsonCursor::readLong);
    }

    @Override
    public void close() {
        transport.close();
    }
}
