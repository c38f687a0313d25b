package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.SpotControlFrame;
import io.exwire.mexc.wire.SpotPush;
import io.exwire.mexc.wire.SpotRequestFrames;
import io.exwire.mexc.wire.SpotRequests;

import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol of one MEXC spot public connection ({@code wss://wbs-api.mexc.com/ws}).
 *
 * <p><b>Requests</b> (text): {@code {"method":"SUBSCRIPTION","params":["<channel>",..],"id":n}}, the same with
 * {@code UNSUBSCRIPTION}, and the ping {@code {"method":"PING"}}; channels per {@link SpotChannels}.
 *
 * <p><b>Answers</b> (text): {@code {"id":n,"code":0,"msg":"<params echoed>"}}, {@code "msg":"PONG"}, and refusals
 * that also carry {@code code 0}: {@code Not Subscribed successfully! [..]. Reason： Blocked!}. Refusals are
 * {@link PublicSink#rejected} with {@link UnknownSymbolException} (MEXC answers unknown symbols this way); when
 * several symbols of one request are refused, or the answer does not echo the request, the whole request is
 * rejected without a culprit so that core retries symbol by symbol. See {@link SpotRequests}.
 *
 * <p><b>Pushes</b> (binary): one {@code PushDataV3ApiWrapper} per frame, routed on its body field: aggregated
 * deals, aggregated depth, aggregated book ticker, mini ticker. Pushes for symbols not in the table are counted as
 * unknown. Malformed frames go to {@link PublicSink#protocolError}.
 *
 * <p>Threading as {@link PublicProtocol} documents: requests are filed in a synchronised {@link SpotRequests}.
 */
public final class MexcSpotPublicProtocol implements PublicProtocol {

    /** What each requested param subscribes. */
    record Requested(String param, Symbol symbol) {
    }

    private final SpotChannels channels;
    private final SymbolTable symbols;
    private final InstantSource clock;
    private final SpotRequests<Requested> requests;
    private final SpotControlFrame control = new SpotControlFrame();
    private final SpotPush push = new SpotPush();
    private final SpotDealsDecoder deals = new SpotDealsDecoder();
    private final SpotDepthDecoder depth = new SpotDepthDecoder();
    private final SpotBookTickerDecoder bookTicker = new SpotBookTickerDecoder();
    private final SpotMiniTickerDecoder miniTicker = new SpotMiniTickerDecoder();

    /**
     * @param config the configuration (venue options, clock, request timeout)
     * @param symbols the table core keeps of subscribed symbols
     * @throws io.exwire.api.exception.ConfigurationException for invalid venue options
     */
    public MexcSpotPublicProtocol(ExchangeConfig config, SymbolTable symbols) {
        this.channels = SpotChannels.of(config);
        this.symbols = symbols;
        this.clock = config.clock();
        this.requests = new SpotRequests<>(config.requestTimeout().toMillis());
    }

    @Override
    public String subscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        return request("SUBSCRIPTION", requestId, channel, list);
    }

    @Override
    public String unsubscribe(int requestId, PublicChannel channel, List<Symbol> list, long epochMillis) {
        return request("UNSUBSCRIPTION", requestId, channel, list);
    }

    private String request(String method, int requestId, PublicChannel channel, List<Symbol> list) {
        List<String> params = new ArrayList<>(list.size());
        List<Requested> tags = new ArrayList<>(list.size());
        for (Symbol s : list) {
            String param = channels.channel(channel, MexcSymbols.spot(s));
            params.add(param);
            tags.add(new Requested(param, s));
        }
        requests.register(requestId, params, tags, clock.millis());
        return SpotRequestFrames.request(method, params, requestId);
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return SpotRequestFrames.PING;
    }

    @Override
    public void onText(String frame, long receiveNanos, PublicSink sink) {
        try {
            control.parse(frame);
        } catch (ProtocolException e) {
            sink.protocolError(null, e);
            return;
        }
        switch (control.kind()) {
            case PONG -> sink.pong();
            case ACK -> answer(sink);
            default -> sink.unknownChannel();
        }
    }

    private void answer(PublicSink sink) {
        SpotRequests.Outcome<Requested> outcome = requests.resolve(control.id(), control.code(), control.msg(),
                clock.millis());
        if (outcome == null) {
            sink.unknownChannel();
        } else if (outcome.accepted()) {
            sink.acknowledged(outcome.requestId());
        } else if (outcome.refused().size() == 1) {
            Requested r = outcome.refused().get(0);
            sink.rejected(outcome.requestId(), refusal(outcome, r.param()), r.symbol());
        } else {
            sink.rejected(outcome.requestId(), refusal(outcome, outcome.refused().size() + " channels"), null);
        }
    }

    private static ExwireException refusal(SpotRequests.Outcome<Requested> outcome, String what) {
        String message = "MEXC refused " + what + ": " + outcome.reason();
        if (outcome.reason().startsWith("Blocked")) {
            return new UnknownSymbolException(message
                    + " (MEXC answers an unknown symbol and a retired channel alike)", outcome.reason());
        }
        return new SubscriptionRejectedException(message, outcome.venueCode());
    }

    @Override
    public void onBinary(ByteBuffer frame, long receiveNanos, PublicSink sink) {
        try {
            push.parse(frame);
            Symbol symbol = resolveSymbol();
            if (symbol == null) {
                sink.unknownChannel();
                return;
            }
            decode(symbol, receiveNanos, sink);
        } catch (ProtocolException e) {
            sink.protocolError(channelOf(push.body()), e);
        }
    }

    private Symbol resolveSymbol() {
        if (!push.hasSymbol() && !push.symbolFromChannel(push.body() == SpotPush.PUBLIC_MINI_TICKER ? 1 : 0)) {
            return null;
        }
        return symbols.lookup(push.buffer(), push.symbolStart(), push.symbolEnd() - push.symbolStart());
    }

    private void decode(Symbol symbol, long receiveNanos, PublicSink sink) {
        switch (push.body()) {
            case SpotPush.PUBLIC_AGGRE_DEALS -> deals.decode(push, symbol, receiveNanos, sink);
            case SpotPush.PUBLIC_AGGRE_DEPTHS -> depth.decode(push, symbol, receiveNanos, sink);
            case SpotPush.PUBLIC_AGGRE_BOOK_TICKER -> bookTicker.decode(push, symbol, receiveNanos, sink);
            case SpotPush.PUBLIC_MINI_TICKER -> miniTicker.decode(push, symbol, receiveNanos, sink);
            default -> sink.unknownChannel();
        }
    }

    private static PublicChannel channelOf(int body) {
        return switch (body) {
            case SpotPush.PUBLIC_AGGRE_DEALS -> PublicChannel.TRADES;
            case SpotPush.PUBLIC_AGGRE_DEPTHS -> PublicChannel.ORDER_BOOK;
            case SpotPush.PUBLIC_AGGRE_BOOK_TICKER -> PublicChannel.BOOK_TICKER;
            case SpotPush.PUBLIC_MINI_TICKER -> PublicChannel.TICKER;
            default -> null;
        };
    }
}
