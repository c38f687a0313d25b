package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.testkit.market.BookDelta;
import io.exwire.testkit.market.BookTop;
import io.exwire.testkit.market.MarketTrade;
import io.exwire.testkit.market.Ticker24h;

import java.util.List;

/**
 * Renders public market data as Gate.io push frames (whole frames, ready to send) for spot or USDT futures. Spot
 * levels are {@code [price, amount]} string pairs; futures levels are {@code {"p": price, "s": size}} with sizes in
 * the connection's size format. Stateless and thread-safe.
 */
final class GateioPublicRenderer {

    private final MarketType market;
    private final String prefix;

    GateioPublicRenderer(MarketType market) {
        this.market = market;
        this.prefix = market == MarketType.SPOT ? "spot" : "futures";
    }

    private boolean spot() {
        return market == MarketType.SPOT;
    }

    /** {@code *.order_book_update}: a delta, or a {@code full:true} replacement when {@code full}. */
    String bookUpdate(BookDelta delta, String level, boolean full, boolean decimalSizes) {
        ObjectNode r = GateioJson.object();
        r.put("t", delta.timestampMillis());
        if (full) {
            r.put("full", true);
        }
        r.put("l", level);
        if (spot()) {
            r.put("e", "depthUpdate");
            r.put("E", delta.timestampMillis() / 1000);
        }
        r.put("s", GateioJson.venueSymbol(delta.symbol()));
        r.put("U", delta.firstUpdateId());
        r.put("u", delta.lastUpdateId());
        r.set("b", levels(delta.bids(), decimalSizes, !spot()));
        r.set("a", levels(delta.asks(), decimalSizes, !spot()));
        return GateioJson.write(GateioEnvelopes.push(prefix + ".order_book_update", delta.timestampMillis(), r));
    }

    /** {@code *.obu}: levels are {@code [price, size]} strings for both markets; {@code U} only on deltas. */
    String obu(BookDelta delta, String stream, boolean full) {
        ObjectNode r = GateioJson.object();
        r.put("t", delta.timestampMillis());
        if (full) {
            r.put("full", true);
        } else {
            r.put("U", delta.firstUpdateId());
        }
        r.put("s", stream);
        r.put("u", delta.lastUpdateId());
        if (full || !delta.bids().isEmpty()) {
            r.set("b", levels(delta.bids(), true, false));
        }
        if (full || !delta.asks().isEmpty()) {
            r.set("a", levels(delta.asks(), true, false));
        }
        return GateioJson.write(GateioEnvelopes.push(prefix + ".obu", delta.timestampMillis(), r));
    }

    String trade(MarketTrade trade, boolean decimalSizes) {
        ObjectNode t = GateioJson.object();
        t.put("id", trade.tradeId());
        t.put("create_time", trade.timestampMillis() / 1000);
        if (spot()) {
            t.put("id_market", trade.marketTradeId());
            t.put("create_time_ms", GateioJson.fractionalMillis(trade.timestampMillis()));
            t.put("side", trade.takerSide() == Side.BUY ? "buy" : "sell");
            t.put("currency_pair", GateioJson.venueSymbol(trade.symbol()));
            t.put("amount", GateioJson.str(trade.size()));
            t.put("price", GateioJson.str(trade.price()));
            t.put("range", trade.marketTradeId() + "-" + trade.marketTradeId());
            return GateioJson.write(GateioEnvelopes.push("spot.trades", trade.timestampMillis(), t));
        }
        t.put("create_time_ms", trade.timestampMillis());
        t.put("contract", GateioJson.venueSymbol(trade.symbol()));
        Decimal signed = trade.takerSide() == Side.BUY ? trade.size() : trade.size().negate();
        GateioJson.size(t, "size", signed, decimalSizes);
        t.put("price", GateioJson.str(trade.price()));
        return GateioJson.write(GateioEnvelopes.push("futures.trades", trade.timestampMillis(), GateioJson.array().add(t)));
    }

    String bookTicker(BookTop top, long nowMillis, boolean decimalSizes) {
        ObjectNode r = GateioJson.object();
        r.put("t", nowMillis);
        r.put("u", top.updateId());
        r.put("s", GateioJson.venueSymbol(top.symbol()));
        r.put("b", top.bidPrice() == null ? "" : GateioJson.str(top.bidPrice()));
        putTopSize(r, "B", top.bidSize(), decimalSizes);
        r.put("a", top.askPrice() == null ? "" : GateioJson.str(top.askPrice()));
        putTopSize(r, "A", top.askSize(), decimalSizes);
        return GateioJson.write(GateioEnvelopes.push(prefix + ".book_ticker", nowMillis, r));
    }

    private void putTopSize(ObjectNode r, String field, Decimal size, boolean decimalSizes) {
        if (spot()) {
            r.put(field, GateioJson.str(size));
        } else {
            GateioJson.size(r, field, size, decimalSizes);
        }
    }

    String ticker(Ticker24h t, long nowMillis, boolean decimalSizes) {
        ObjectNode r = tickerObject(t, decimalSizes);
        if (spot()) {
            return GateioJson.write(GateioEnvelopes.push("spot.tickers", nowMillis, r));
        }
        return GateioJson.write(GateioEnvelopes.push("futures.tickers", nowMillis, GateioJson.array().add(r)));
    }

    /** The ticker object shared by the WebSocket channel and REST {@code /tickers}. */
    ObjectNode tickerObject(Ticker24h t, boolean decimalSizes) {
        ObjectNode r = GateioJson.object();
        String name = GateioJson.venueSymbol(t.symbol());
        r.put(spot() ? "currency_pair" : "contract", name);
        r.put("last", GateioJson.str(t.last()));
        r.put("change_percentage", GateioJson.str(t.changePercent()));
        r.put("high_24h", GateioJson.str(t.high()));
        r.put("low_24h", GateioJson.str(t.low()));
        if (spot()) {
            r.put("lowest_ask", t.top().askPrice() == null ? "" : GateioJson.str(t.top().askPrice()));
            r.put("highest_bid", t.top().bidPrice() == null ? "" : GateioJson.str(t.top().bidPrice()));
            r.put("base_volume", GateioJson.str(t.baseVolume()));
            r.put("quote_volume", GateioJson.str(t.quoteVolume()));
            return r;
        }
        r.put("mark_price", GateioJson.str(t.last()));
        r.put("index_price", GateioJson.str(t.last()));
        r.put("funding_rate", "0.0001");
        r.put("funding_rate_indicative", "0.0001");
        if (decimalSizes) {
            r.put("total_size", t.baseVolume().toString());
        } else {
            r.put("total_size", Long.toString(io.exwire.testkit.market.Decimals.truncate(t.baseVolume())));
        }
        r.put("volume_24h", t.baseVolume().toString());
        r.put("volume_24h_quote", GateioJson.str(t.quoteVolume()));
        r.put("volume_24h_settle", GateioJson.str(t.quoteVolume()));
        r.put("quanto_base_rate", "");
        return r;
    }

    /** Book levels: futures objects {@code {p, s}} or spot pairs {@code [p, a]}. */
    ArrayNode levels(List<PriceLevel> levels, boolean decimalSizes, boolean futuresObjects) {
        ArrayNode out = GateioJson.array();
        for (PriceLevel l : levels) {
            if (futuresObjects) {
                ObjectNode o = out.addObject();
                o.put("p", GateioJson.str(l.price()));
                GateioJson.size(o, "s", l.size(), decimalSizes);
            } else {
                out.addArray().add(GateioJson.str(l.price())).add(GateioJson.str(l.size()));
            }
        }
        return out;
    }
}
