package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.Envelope;
import io.exwire.gateio.wire.RequestWriter;

import java.util.List;

/**
 * The Gate.io public websocket protocol of one connection (spot or USDT futures).
 *
 * <p>Requests: {@code {"time":<seconds>,"id":<id>,"channel":"spot.trades","event":"subscribe","payload":[...]}};
 * app-level pings {@code {"time":<seconds>,"id":<id>,"channel":"spot.ping"}} (or {@code futures.ping}).
 *
 * <p>Dispatch of an incoming frame, in order: a trading-API reply ({@code header}) is not ours (unknown); a
 * {@code *.pong} channel is a pong; an upgrade notice (top-level {@code type:"upgrade"}, {@code event:"upgrade"} or
 * a {@code *.system} channel) asks core to replace the connection; a {@code subscribe}/{@code unsubscribe} event
 * is an answer correlated by {@code id}; any other {@code error} is a protocol error; otherwise the
 * {@code result} is decoded by channel (trades, book ticker, order book, tickers) and anything else is an unknown
 * channel. Malformed frames are reported to {@link PublicSink#protocolError} and never thrown.
 *
 * <p>Hot-channel frames first try {@link FastPath} (one pass over the bytes); what it declines takes the exact path
 * above, which defines the behaviour.
 */
final class GateioPublicProtocol implements PublicProtocol, Envelope.ResultReader {

    private final PublicChannels channels;
    private final PublicAcks acks;
    private final Envelope envelope = new Envelope();
    private final TradeDecoder trades;
    private final BookTickerDecoder bookTickers;
    private final BookDecoder books;
    private final TickerDecoder tickers;
    private final FastPath fast;
    private PublicSink sink;
    private long receiveNanos;
    private boolean decoded;

    GateioPublicProtocol(ExchangeConfig config, SymbolTable symbols) {
        this(config, symbols, true);
    }

    /**
     * @param fastPath whether hot-channel frames go through {@link FastPath} first (false: the exact decoders only,
     *                 which tests compare the fast path against)
     */
    GateioPublicProtocol(ExchangeConfig config, SymbolTable symbols, boolean fastPath) {
        MarketType market = config.market();
        this.channels = new PublicChannels(market, BookStream.of(config));
        this.acks = new PublicAcks(symbols);
        this.trades = new TradeDecoder(market, symbols);
        this.bookTickers = new BookTickerDecoder(market, symbols);
        this.books = new BookDecoder(market, symbols);
        this.tickers = new TickerDecoder(market, symbols);
        this.fast = fastPath ? new FastPath(channels, new FastBookDecoder(market, symbols),
                new FastTradeDecoder(market, symbols), new FastBookTickerDecoder(market, symbols)) : null;
    }

    @Override
    public String subscribe(int requestId, PublicChannel channel, List<Symbol> symbols, long epochMillis) {
        return request(requestId, channel, symbols, epochMillis, "subscribe");
    }

    @Override
    public String unsubscribe(int requestId, PublicChannel channel, List<Symbol> symbols, long epochMillis) {
        return request(requestId, channel, symbols, epochMillis, "unsubscribe");
    }

    private String request(int requestId, PublicChannel channel, List<Symbol> symbols, long epochMillis,
                           String event) {
        List<String> payload = channels.payload(channel, symbols);
        acks.sent(requestId, symbols);
        return RequestWriter.request(epochMillis / 1000, requestId, channels.name(channel), event, payload, null,
                null);
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return RequestWriter.ping(epochMillis / 1000, requestId, channels.ping);
    }

    @Override
    public void onText(String frame, long receive, PublicSink target) {
        if (fast != null && fast.tryDecode(frame, receive, target)) {
            return;
        }
        this.sink = target;
        this.receiveNanos = receive;
        this.decoded = false;
        try {
            envelope.scan(frame, this);
            afterScan();
        } catch (ProtocolException e) {
            target.protocolError(channelOf(), e);
        } finally {
            this.sink = null;
        }
    }

    private void afterScan() {
        if (envelope.isTradingReply()) {
            sink.unknownChannel();
        } else if (envelope.channelEndsWith(".pong")) {
            sink.pong();
        } else if (envelope.isUpgradeNotice()) {
            sink.replaceConnection("gateio announced a service upgrade");
        } else if (envelope.isSubscriptionAnswer()) {
            acks.answer(envelope, sink);
        } else if (envelope.hasError()) {
            sink.protocolError(channelOf(), new ProtocolException("gateio error on " + envelope.channel()
                    + ": code " + envelope.errorCode() + " " + envelope.errorMessage()));
        } else {
            envelope.readDeferredResult(this);
            if (!decoded) {
                sink.unknownChannel();
            }
        }
    }

    @Override
    public void read(JsonCursor cursor, Envelope env) {
        if (isControl(env)) {
            cursor.skipValue();
            return;
        }
        decoded = true;
        if (env.channelIs(channels.book)) {
            books.decode(cursor, receiveNanos, sink);
        } else if (env.channelIs(channels.trades)) {
            trades.decode(cursor, receiveNanos, sink);
        } else if (env.channelIs(channels.bookTicker)) {
            bookTickers.decode(cursor, receiveNanos, sink);
        } else if (env.channelIs(channels.tickers)) {
            tickers.decode(cursor, env.timeMillis(), receiveNanos, sink);
        } else {
            decoded = false;
            cursor.skipValue();
        }
    }

    private static boolean isControl(Envelope env) {
        return env.isSubscriptionAnswer() || env.channelEndsWith(".pong") || env.isUpgradeNotice()
                || env.isTradingReply();
    }

    private PublicChannel channelOf() {
        if (envelope.channelIs(channels.book)) {
            return PublicChannel.ORDER_BOOK;
        }
        if (envelope.channelIs(channels.trades)) {
            return PublicChannel.TRADES;
        }
        if (envelope.channelIs(channels.bookTicker)) {
            return PublicChannel.BOOK_TICKER;
        }
        return envelope.channelIs(channels.tickers) ? PublicChannel.TICKER : null;
    }
}
