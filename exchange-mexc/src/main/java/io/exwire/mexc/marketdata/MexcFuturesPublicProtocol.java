package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.FuturesAcks;
import io.exwire.mexc.wire.FuturesEnvelope;
import io.exwire.mexc.wire.Gzip;
import io.exwire.mexc.wire.MexcSymbols;

import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protocol of one MEXC futures public connection ({@code wss://contract.mexc.com/edge}); topics per
 * {@link FuturesChannels}.
 *
 * <p><b>Answers</b> carry no id and no symbol: {@code {"channel":"rs.sub.deal","data":"success"}} is mapped to the
 * oldest pending request filed under that channel ({@link FuturesAcks}); {@code rs.error} is matched by the contract
 * it names ({@code Contract [X] not exists} → {@link UnknownSymbolException} for that symbol) or to the oldest
 * pending request. {@code more than 60 seconds no response, close the channel} asks core to replace the connection.
 * {@code {"channel":"pong"}} is the answer to the app-level {@code {"method":"ping"}}, which must be sent every
 * 10–20 s whatever the traffic.
 *
 * <p><b>Pushes</b> are decoded in one pass with core's {@link JsonCursor} (see {@link FuturesEnvelope}). A binary
 * frame starting with the gzip magic is inflated and decoded as text. Threading as {@link PublicProtocol} documents.
 *
 * <p>Hot pushes ({@code push.depth}, {@code push.deal}) first try {@link FuturesFastPath} (one pass over the bytes); what it declines
 * takes the exact path above, which defines the behaviour.
 */
public final class MexcFuturesPublicProtocol implements PublicProtocol, FuturesEnvelope.DataReader {

    /** The venue's keep-alive ping. */
    public static final String PING = "{\"method\":\"ping\"}";

    private static final Pattern CONTRACT = Pattern.compile("\\[([A-Za-z0-9_]+)]");
    private static final int NONE = 0;
    private static final int DEAL = 1;
    private static final int DEPTH = 2;
    private static final int TOP = 3;
    private static final int TICKER = 4;

    private final FuturesChannels channels;
    private final SymbolTable symbols;
    private final int maxFrameBytes;
    private final InstantSource clock;
    private final FuturesAcks<Symbol> acks;
    private final FuturesEnvelope envelope = new FuturesEnvelope();
    private final FuturesDealDecoder deals = new FuturesDealDecoder();
    private final FuturesDepthDecoder depth = new FuturesDepthDecoder();
    private final FuturesTopOfBookDecoder top = new FuturesTopOfBookDecoder();
    private final FuturesTickerDecoder ticker = new FuturesTickerDecoder();
    private final FuturesFastPath fast;
    private int decoded;
    private long receiveNanos;

    /**
     * @param config the configuration (venue options, maximum frame size)
     * @param symbols the table core keeps of subscribed symbols
     */
    public MexcFuturesPublicProtocol(ExchangeConfig config, SymbolTable symbols) {
        this(config, symbols, true);
    }

    /**
     * @param config the configuration (venue options, maximum frame size)
     * @param symbols the table core keeps of subscribed symbols
     * @param fastPath whether hot pushes go through {@link FuturesFastPath} first (false: the exact decoders only,
     *                 which tests compare the fast path against)
     */
    MexcFuturesPublicProtocol(ExchangeConfig config, SymbolTable symbols, boolean fastPath) {
        this.fast = fastPath ? new FuturesFastPath(symbols, new FastDepthDecoder(), new FastDealDecoder()) : null;
        this.channels = FuturesChannels.of(config);
        this.symbols = symbols;
        this.maxFrameBytes = config.maxFrameBytes();
        this.clock = config.clock();
        this.acks = new FuturesAcks<>(config.requestTimeout().toMillis());
    }

    @Override
    public String subscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        Symbol symbol = single(list);
        acks.register("rs.sub." + FuturesChannels.topic(channel), requestId, symbol, clock.millis());
        return channels.subscribe(channel, MexcSymbols.futures(symbol));
    }

    @Override
    public String unsubscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        Symbol symbol = single(list);
        acks.register("rs.unsub." + FuturesChannels.topic(channel), requestId, symbol, clock.millis());
        return channels.unsubscribe(channel, MexcSymbols.futures(symbol));
    }

    private static Symbol single(List<Symbol> list) {
        if (list.size() != 1) {
            throw new IllegalArgumentException("MEXC futures takes one symbol per request, got " + list.size());
        }
        return list.get(0);
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return PING;
    }

    @Override
    public void onText(String frame, long receiveNanos, PublicSink sink) {
        if (fast != null && fast.tryDecode(frame, receiveNanos, sink)) {
            return;
        }
        this.decoded = NONE;
        this.receiveNanos = receiveNanos;
        try {
            envelope.parse(frame, this);
        } catch (ProtocolException e) {
            sink.protocolError(channelOf(decoded), e);
            return;
        }
        if (decoded != NONE) {
            emit(sink);
        } else if (envelope.channelIs("pong")) {
            sink.pong();
        } else if (envelope.channelIs("rs.error")) {
            error(sink);
        } else if (envelope.channelStartsWith("rs.sub.") || envelope.channelStartsWith("rs.unsub.")) {
            answer(sink);
        } else {
            sink.unknownChannel();
        }
    }

    @Override
    public boolean readData(FuturesEnvelope env, JsonCursor cur) {
        if (env.channelIs("push.deal")) {
            decoded = DEAL;
            deals.read(cur);
        } else if (env.channelIs("push.depth")) {
            decoded = DEPTH;
            depth.read(cur, receiveNanos);
        } else if (env.channelIs("push.depth.full")) {
            decoded = TOP;
            top.read(cur);
        } else if (env.channelIs("push.ticker")) {
            decoded = TICKER;
            ticker.read(cur);
        } else {
            return false;
        }
        return true;
    }

    private void emit(PublicSink sink) {
        Symbol symbol = envelope.hasSymbol()
                ? symbols.lookup(envelope.text(), envelope.symbolStart(), envelope.symbolEnd())
                : decoded == TICKER ? ticker.dataSymbol(symbols) : null;
        if (symbol == null) {
            sink.unknownChannel();
            return;
        }
        switch (decoded) {
            case DEAL -> deals.emit(symbol, receiveNanos, sink);
            case DEPTH -> depth.emit(symbol, envelope.ts(), sink);
            case TOP -> top.emit(symbol, envelope.ts(), receiveNanos, sink);
            default -> sink.ticker(ticker.ticker(symbol, envelope.ts(), receiveNanos));
        }
    }

    private void answer(PublicSink sink) {
        FuturesAcks.Pending<Symbol> pending = acks.take(envelope.channel(), clock.millis());
        if (pending == null) {
            sink.unknownChannel();
        } else if (envelope.dataIs("success")) {
            sink.acknowledged(pending.id());
        } else {
            String text = envelope.dataText();
            sink.rejected(pending.id(), new SubscriptionRejectedException("MEXC futures refused "
                    + envelope.channel() + " for " + pending.tag() + ": " + text, text), pending.tag());
        }
    }

    private void error(PublicSink sink) {
        String text = envelope.dataText();
        if (text.contains("60 seconds")) {
            sink.replaceConnection("MEXC: " + text);
            return;
        }
        Matcher m = CONTRACT.matcher(text);
        String contract = m.find() ? m.group(1) : null;
        FuturesAcks.Pending<Symbol> pending = contract == null ? null
                : acks.takeMatching(s -> MexcSymbols.futures(s).equals(contract), clock.millis());
        if (pending == null) {
            pending = acks.takeOldest(clock.millis());
        }
        if (pending == null) {
            sink.unknownChannel();
            return;
        }
        sink.rejected(pending.id(), rejection(text, contract, pending.tag()), pending.tag());
    }

    private static ExwireException rejection(String text, String contract, Symbol symbol) {
        String message = "MEXC futures refused " + symbol + ": " + text;
        return contract != null && text.contains("not exist")
                ? new UnknownSymbolException(message, "rs.error")
                : new SubscriptionRejectedException(message, "rs.error");
    }

    @Override
    public void onBinary(ByteBuffer frame, long receiveNanos, PublicSink sink) {
        if (!Gzip.isGzip(frame)) {
            sink.unknownChannel();
            return;
        }
        String text;
        try {
            text = Gzip.inflate(frame, maxFrameBytes);
        } catch (ProtocolException e) {
            sink.protocolError(null, e);
            return;
        }
        onText(text, receiveNanos, sink);
    }

    private static PublicChannel channelOf(int decoded) {
        return switch (decoded) {
            case DEAL -> PublicChannel.TRADES;
            case DEPTH -> PublicChannel.ORDER_BOOK;
            case TOP -> PublicChannel.BOOK_TICKER;
            case TICKER -> PublicChannel.TICKER;
            default -> null;
        };
    }
}
