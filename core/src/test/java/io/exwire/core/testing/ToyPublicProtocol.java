package io.exwire.core.testing;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;

import java.util.List;

/**
 * The toy venue's public wire protocol, decoded with {@link JsonCursor}.
 *
 * <pre>
 * client: {"op":"sub"|"unsub","id":7,"ch":"book"|"trade","syms":["BTC_USDT"]}   {"op":"ping","id":3}
 * server: {"ack":7}  {"err":7,"code":"unknown","sym":"BAD_USDT"}  {"err":7,"code":"bad"}  {"pong":3}
 *         {"ch":"book","s":"BTC_USDT","U":5,"u":5,"t":1,"snap":false,"b":[["99.5","1"]],"a":[["100.5","0"]]}
 *         {"ch":"trade","s":"BTC_USDT","id":9,"p":"100.5","q":"0.25","side":"buy","t":1}
 *         {"notice":"upgrade"}
 * </pre>
 */
public final class ToyPublicProtocol implements PublicProtocol {

    private final SymbolTable symbols;
    private final JsonCursor cur = new JsonCursor();
    private final BookUpdate update = new BookUpdate();
    private final MutableTrade trade = new MutableTrade(ToyPublicVenue.ID, io.exwire.api.model.MarketType.SPOT);

    /** @param symbols the engine's symbol table */
    public ToyPublicProtocol(SymbolTable symbols) {
        this.symbols = symbols;
    }

    /**
     * @param channel a channel
     * @return its toy wire name
     */
    public static String wireName(PublicChannel channel) {
        return switch (channel) {
            case ORDER_BOOK -> "book";
            case TRADES -> "trade";
            case BOOK_TICKER -> "bbo";
            case TICKER -> "ticker";
        };
    }

    @Override
    public String subscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        return request("sub", requestId, channel, list);
    }

    @Override
    public String unsubscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        return request("unsub", requestId, channel, list);
    }

    private static String request(String op, int id, PublicChannel channel, List<Symbol> list) {
        StringBuilder sb = new StringBuilder("{\"op\":\"").append(op).append("\",\"id\":").append(id)
                .append(",\"ch\":\"").append(wireName(channel)).append("\",\"syms\":[");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(ToyPublicVenue.venueName(list.get(i))).append('"');
        }
        return sb.append("]}").toString();
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return "{\"op\":\"ping\",\"id\":" + requestId + "}";
    }

    @Override
    public void onText(String frame, long receiveNanos, PublicSink sink) {
        try {
            decode(frame, receiveNanos, sink);
        } catch (ProtocolException e) {
            sink.protocolError(null, e);
        }
    }

    /** Fields of one frame, filled while walking it. */
    private static final class Fields {
        int ack = -1;
        int err = -1;
        int pong = -1;
        String code = "";
        String ch;
        String notice;
        Symbol sym;
        boolean symPresent;
        long first;
        long last;
        long ts;
        long tradeId = MutableTrade.NO_TRADE_ID;
        long price;
        int priceScale;
        long qty;
        int qtyScale;
        Side side = Side.BUY;
    }

    private void decode(String frame, long receiveNanos, PublicSink sink) {
        Fields f = new Fields();
        update.begin(null, false, 0, 0, 0, receiveNanos);
        cur.reset(frame).beginObject();
        while (cur.nextField()) {
            readField(f);
        }
        dispatch(f, receiveNanos, sink);
    }

    private void readField(Fields f) {
        if (cur.fieldIs("ack")) {
            f.ack = (int) cur.readLong();
        } else if (cur.fieldIs("err")) {
            f.err = (int) cur.readLong();
        } else if (cur.fieldIs("pong")) {
            f.pong = (int) cur.readLong();
        } else if (cur.fieldIs("code")) {
            f.code = cur.readString();
        } else if (cur.fieldIs("ch")) {
            f.ch = cur.readString();
        } else if (cur.fieldIs("notice")) {
            f.notice = cur.readString();
        } else if (cur.fieldIs("s") || cur.fieldIs("sym")) {
            cur.readStringRange();
            f.symPresent = true;
            f.sym = symbols.lookup(cur.text(), cur.tokenStart(), cur.tokenEnd());
        } else if (cur.fieldIs("U")) {
            f.first = cur.readLong();
        } else if (cur.fieldIs("u")) {
            f.last = cur.readLong();
        } else if (cur.fieldIs("t")) {
            f.ts = cur.readLong();
        } else if (cur.fieldIs("snap")) {
            update.snapshot(cur.readBoolean());
        } else if (cur.fieldIs("b")) {
            readLevels(update.bids());
        } else if (cur.fieldIs("a")) {
            readLevels(update.asks());
        } else {
            readTradeField(f);
        }
    }

    private void readTradeField(Fields f) {
        if (cur.fieldIs("id")) {
            f.tradeId = cur.readLong();
        } else if (cur.fieldIs("p")) {
            cur.readDecimal();
            f.price = cur.mantissa();
            f.priceScale = cur.scale();
        } else if (cur.fieldIs("q")) {
            cur.readDecimal();
            f.qty = cur.mantissa();
            f.qtyScale = cur.scale();
        } else if (cur.fieldIs("side")) {
            cur.readStringRange();
            f.side = cur.tokenEquals("sell") ? Side.SELL : Side.BUY;
        } else {
            cur.skipValue();
        }
    }

    private void readLevels(BookUpdate.Side side) {
        cur.beginArray();
        while (cur.nextElement()) {
            cur.beginArray();
            cur.nextElement();
            cur.readDecimal();
            long p = cur.mantissa();
            int ps = cur.scale();
            cur.nextElement();
            cur.readDecimal();
            side.add(p, ps, cur.mantissa(), cur.scale());
            if (cur.nextElement()) {
                throw new ProtocolException("a level has more than two elements");
            }
        }
    }

    private void dispatch(Fields f, long receiveNanos, PublicSink sink) {
        if (f.ack >= 0) {
            sink.acknowledged(f.ack);
        } else if (f.err >= 0) {
            if (f.symPresent) {
                sink.rejected(f.err, new UnknownSymbolException("toy refused " + f.sym + ": " + f.code, f.code), f.sym);
            } else {
                sink.rejected(f.err, new SubscriptionRejectedException("toy refused the request: " + f.code, f.code),
                        null);
            }
        } else if (f.pong >= 0) {
            sink.pong();
        } else if ("upgrade".equals(f.notice)) {
            sink.replaceConnection("venue upgrade notice");
        } else if ("book".equals(f.ch) && f.sym != null) {
            update.symbol(f.sym);
            update.ids(f.first, f.last);
            update.exchangeTimestampMillis(f.ts);
            sink.book(update);
        } else if ("trade".equals(f.ch) && f.sym != null) {
            sink.trade(trade.envelope(f.sym, f.ts, receiveNanos)
                    .trade(f.tradeId, f.price, f.priceScale, f.qty, f.qtyScale, f.side));
        } else {
            sink.unknownChannel();
        }
    }
}
