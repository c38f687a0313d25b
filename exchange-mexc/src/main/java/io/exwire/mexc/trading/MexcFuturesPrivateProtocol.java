package io.exwire.mexc.trading;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateSink;
import io.exwire.mexc.wire.FuturesAcks;
import io.exwire.mexc.wire.FuturesEnvelope;
import io.exwire.mexc.wire.Gzip;
import io.exwire.mexc.wire.JsonFields;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The MEXC futures private stream on {@code wss://contract.mexc.com/edge}.
 *
 * <p><b>Opening.</b> One {@code login} request, {@code {"method":"login","param":{"apiKey":..,"reqTime":"<ms>",
 * "signature":"<hex HMAC-SHA256 of apiKey + reqTime>"}}} ({@link FuturesSigner}), re-sent on every connection.
 * {@code rs.login} with {@code success} accepts it; {@code rs.error} while it is pending refuses it with
 * {@link AuthenticationException}. Without {@code "subscribe":false} the venue then pushes every private channel;
 * exwire decodes {@code push.personal.order}, {@code .order.deal}, {@code .position} and {@code .asset} and counts
 * the others ({@code plan.order}, {@code risk.limit}, {@code adl.level}, ...) as unknown.
 *
 * <p><b>Pushes</b> have the shape of the REST objects and are mapped by {@link FuturesEventMapper}; the private
 * {@code data} is read in one pass with core's {@link JsonCursor}. {@code rs.error "more than 60 seconds no
 * response"} (missed pings) asks core to reconnect. The app-level ping is {@code {"method":"ping"}}. Threading as
 * {@link PrivateProtocol} documents.
 */
public final class MexcFuturesPrivateProtocol implements PrivateProtocol, FuturesEnvelope.DataReader {

    private static final String PING = "{\"method\":\"ping\"}";
    private static final int NONE = 0;
    private static final int ORDER = 1;
    private static final int DEAL = 2;
    private static final int POSITION = 3;
    private static final int ASSET = 4;

    private final FuturesSigner signer;
    private final int maxFrameBytes;
    private final InstantSource clock;
    private final FuturesAcks<String> acks;
    private final FuturesEnvelope envelope = new FuturesEnvelope();
    private final JsonFields order = new JsonFields(FuturesEventMapper.ORDER_FIELDS);
    private final JsonFields deal = new JsonFields(FuturesEventMapper.DEAL_FIELDS);
    private final JsonFields position = new JsonFields(FuturesEventMapper.POSITION_FIELDS);
    private final JsonFields asset = new JsonFields(FuturesEventMapper.ASSET_FIELDS);
    private int decoded;

    /**
     * @param signer signs the login with the account's key
     * @param config the configuration (largest inflated frame, clock, request timeout)
     */
    public MexcFuturesPrivateProtocol(FuturesSigner signer, ExchangeConfig config) {
        this.signer = signer;
        this.maxFrameBytes = config.maxFrameBytes();
        this.clock = config.clock();
        this.acks = new FuturesAcks<>(config.requestTimeout().toMillis());
    }

    @Override
    public URI prepare(URI endpoint) {
        acks.clear();
        return endpoint;
    }

    @Override
    public List<OpeningRequest> openingRequests(IntSupplier ids, long epochMillis) {
        int id = ids.getAsInt();
        String reqTime = Long.toString(epochMillis);
        String frame = "{\"method\":\"login\",\"param\":{\"apiKey\":" + FuturesJson.quote(signer.apiKey())
                + ",\"reqTime\":\"" + reqTime + "\",\"signature\":\"" + signer.sign(reqTime, "") + "\"}}";
        acks.register("rs.login", id, "login", clock.millis());
        return List.of(new OpeningRequest(id, frame, true));
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return PING;
    }

    @Override
    public void onText(String frame, long receiveNanos, PrivateSink sink) {
        decoded = NONE;
        try {
            envelope.parse(frame, this);
            if (decoded != NONE) {
                emit(receiveNanos, sink);
            } else {
                control(sink);
            }
        } catch (ProtocolException e) {
            sink.protocolError(e);
        }
    }

    @Override
    public boolean readData(FuturesEnvelope env, JsonCursor cur) {
        JsonFields target = target(env);
        if (target == null || cur.peek() != JsonCursor.Type.OBJECT) {
            decoded = NONE;
            return false;
        }
        target.read(cur);
        return true;
    }

    private JsonFields target(FuturesEnvelope env) {
        if (env.channelIs("push.personal.order")) {
            decoded = ORDER;
            return order;
        }
        if (env.channelIs("push.personal.order.deal")) {
            decoded = DEAL;
            return deal;
        }
        if (env.channelIs("push.personal.position")) {
            decoded = POSITION;
            return position;
        }
        if (env.channelIs("push.personal.asset")) {
            decoded = ASSET;
            return asset;
        }
        return null;
    }

    private void emit(long receiveNanos, PrivateSink sink) {
        long ts = envelope.ts();
        switch (decoded) {
            case ORDER -> sink.order(FuturesEventMapper.order(order, ts, receiveNanos, false));
            case DEAL -> sink.ownTrade(FuturesEventMapper.trade(deal, ts, receiveNanos, false));
            case POSITION -> sink.position(FuturesEventMapper.position(position, ts, receiveNanos, false));
            default -> sink.balance(FuturesEventMapper.balance(asset, ts, receiveNanos, false));
        }
    }

    private void control(PrivateSink sink) {
        if (envelope.channelIs("pong")) {
            sink.pong();
        } else if (envelope.channelIs("rs.login")) {
            login(sink);
        } else if (envelope.channelIs("rs.error")) {
            error(sink);
        } else {
            sink.unknownChannel();
        }
    }

    private void login(PrivateSink sink) {
        FuturesAcks.Pending<String> pending = acks.take("rs.login", clock.millis());
        if (pending == null) {
            sink.unknownChannel();
        } else if (envelope.dataIs("success")) {
            sink.acknowledged(pending.id());
        } else {
            sink.rejected(pending.id(), new AuthenticationException("MEXC futures login refused: "
                    + envelope.dataText()));
        }
    }

    private void error(PrivateSink sink) {
        String text = envelope.dataText();
        FuturesAcks.Pending<String> pending = acks.take("rs.login", clock.millis());
        if (pending != null) {
            sink.rejected(pending.id(), new AuthenticationException("MEXC futures login refused: " + text));
        } else if (text.contains("60 seconds")) {
            sink.reconnectRequired("MEXC: " + text);
        } else {
            sink.unknownChannel();
        }
    }

    @Override
    public void onBinary(ByteBuffer frame, long receiveNanos, PrivateSink sink) {
        if (!Gzip.isGzip(frame)) {
            sink.unknownChannel();
            return;
        }
        String text;
        try {
            text = Gzip.inflate(frame, maxFrameBytes);
        } catch (ProtocolException e) {
            sink.protocolError(e);
            return;
        }
        onText(text, receiveNanos, sink);
    }
}
