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
import io.exwire.mexc.wire.SpotExchangeInfo;
import io.exwire.mexc.wire.SpotSymbolInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MEXC spot public REST ({@code https://api.mexc.com}, overridable with {@code ExchangeConfig.restUri}):
 * {@code GET /api/v3/exchangeInfo} (instruments: tick {@code 10^-quotePrecision}, lot
 * {@code 10^-baseAssetPrecision}, minimum size {@code baseSizePrecision}, minimum amount
 * {@code quoteAmountPrecision}), {@code GET /api/v3/depth} (snapshot with {@code lastUpdateId}, up to 5000 levels),
 * {@code GET /api/v3/trades} (up to 1000) and {@code GET /api/v3/time}. Throttled client-side to 50 requests per
 * second (the documented 500 per 10 s). Thread-safe.
 */
public final class MexcSpotPublicRestClient implements PublicRestClient {

    private static final int MAX_DEPTH = 5000;
    private static final int MAX_TRADES = 1000;
    private static final String[] TRADE_FIELDS = {"id", "price", "qty", "time", "isBuyerMaker"};

    private final RestTransport transport;

    /** @param config the configuration (REST root, timeouts, TLS) */
    public MexcSpotPublicRestClient(ExchangeConfig config) {
        this.transport = new RestTransport(config, MexcVenue.SPOT_REST, "mexc-spot-public",
                MexcVenue.SPOT_REST_PERMITS_PER_SECOND);
    }

    @Override
    public List<Instrument> instruments() {
        List<Instrument> out = new ArrayList<>();
        for (SpotSymbolInfo info : SpotExchangeInfo.fetch(transport)) {
            out.add(new Instrument(info.symbol(), info.venueSymbol(), MarketType.SPOT, info.tickSize(),
                    info.lotSize(), info.minSize(), info.minNotional(), null, null,
                    info.online() && info.apiTradingAllowed()));
        }
        return out;
    }

    @Override
    public OrderBookSnapshot orderBook(Symbol symbol, int depth) {
        String query = "symbol=" + MexcSymbols.spot(symbol) + "&limit=" + Math.max(1, Math.min(depth, MAX_DEPTH));
        String body = MexcRest.spot(transport, RestRequest.get("/api/v3/depth", query));
        return RestLevels.book(symbol, new JsonCursor().reset(body), "lastUpdateId");
    }

    @Override
    public List<PublicTrade> recentTrades(Symbol symbol, int limit) {
        String query = "symbol=" + MexcSymbols.spot(symbol) + "&limit=" + Math.max(1, Math.min(limit, MAX_TRADES));
        JsonCursor cur = new JsonCursor().reset(MexcRest.spot(transport, RestRequest.get("/api/v3/trades", query)));
        JsonFields f = new JsonFields(TRADE_FIELDS);
        List<PublicTrade> trades = new ArrayList<>();
        cur.beginArray();
        while (cur.nextElement()) {
            f.read(cur);
            trades.add(new PublicTrade(symbol, f.longValue(0, TradeView.NO_TRADE_ID), f.decimal(1), f.decimal(2),
                    f.bool(4, false) ? Side.SELL : Side.BUY, f.longValue(3, 0)));
        }
        trades.sort(Comparator.comparingLong(PublicTrade::exchangeTimestampMillis).reversed());
        return trades;
    }

    @Override
    public long serverTimeMillis() {
        JsonFields f = new JsonFields("serverTime").read(new JsonCursor().reset(
                MexcRest.spot(transport, RestRequest.get("/api/v3/time", ""))));
        return f.longValue(0, 0);
    }

    @Override
    public void close() {
        transport.close();
    }
}
