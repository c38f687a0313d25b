package io.exwire.gateio.trading;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.model.MarketType;
import io.exwire.api.trading.Credentials;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateSink;
import io.exwire.gateio.wire.Envelope;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.RequestWriter;
import io.exwire.gateio.wire.WsErrors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The Gate.io private websocket protocol of one component (spot or USDT futures).
 *
 * <p>Opening: one signed subscribe per private channel, each with its own
 * {@code auth:{"method":"api_key","KEY":...,"SIGN":...}} signed over its channel, event and {@code time}
 * (seconds, venue-corrected). Spot: {@code spot.orders ["!all"]}, {@code spot.usertrades ["!all"]},
 * {@code spot.balances} (no payload). Futures: {@code futures.orders}, {@code futures.usertrades},
 * {@code futures.positions} with {@code [userId, "!all"]} and {@code futures.balances [userId]}, the user id as a
 * string from {@link Credentials#accountId()} or fetched over REST in {@link #prepare} (subscriptions fail without
 * it, gatews#16). Each acceptance proves the credentials; a refusal with code 4 (or 6, 11, or an auth label such
 * as {@code INVALID_KEY} in the text) is an {@link AuthenticationException}, other refusals
 * {@link SubscriptionRejectedException}s. Upgrade notices ask core to reconnect; the app-level ping is
 * {@code spot.ping}/{@code futures.ping}.
 */
final class GateioPrivateProtocol implements PrivateProtocol, Envelope.ResultReader {

    private final MarketType market;
    private final String prefix;
    private final String ordersChannel;
    private final String tradesChannel;
    private final String balancesChannel;
    private final String apiKey;
    private final GateioSigner signer;
    private final Supplier<String> userIds;
    private final Envelope envelope = new Envelope();
    private final PrivateItems items;
    private volatile String userId;
    private PrivateSink sink;
    private long receiveNanos;
    private boolean decoded;

    GateioPrivateProtocol(MarketType market, Credentials credentials, Supplier<String> userIds) {
        this.market = market;
        this.prefix = GateioEndpoints.channelPrefix(market);
        this.ordersChannel = prefix + ".orders";
        this.tradesChannel = prefix + ".usertrades";
        this.balancesChannel = prefix + ".balances";
        this.apiKey = credentials.apiKey();
        this.signer = new GateioSigner(credentials.apiSecret());
        this.userIds = userIds;
        this.userId = credentials.accountId().orElse(null);
        this.items = new PrivateItems(market);
    }

    @Override
    public URI prepare(URI endpoint) {
        if (market == MarketType.FUTURES) {
            userId();
        }
        return endpoint;
    }

    private String userId() {
        String id = userId;
        if (id == null) {
            id = userIds.get();
            userId = id;
        }
        return id;
    }

    @Override
    public List<OpeningRequest> openingRequests(IntSupplier ids, long epochMillis) {
        long seconds = epochMillis / 1000;
        List<OpeningRequest> out = new ArrayList<>(4);
        if (market == MarketType.SPOT) {
            out.add(signed(ids.getAsInt(), "spot.orders", List.of("!all"), seconds));
            out.add(signed(ids.getAsInt(), "spot.usertrades", List.of("!all"), seconds));
            out.add(signed(ids.getAsInt(), "spot.balances", null, seconds));
            return out;
        }
        String uid = userId();
        out.add(signed(ids.getAsInt(), "futures.orders", List.of(uid, "!all"), seconds));
        out.add(signed(ids.getAsInt(), "futures.usertrades", List.of(uid, "!all"), seconds));
        out.add(signed(ids.getAsInt(), "futures.positions", List.of(uid, "!all"), seconds));
        out.add(signed(ids.getAsInt(), "futures.balances", List.of(uid), seconds));
        return out;
    }

    private OpeningRequest signed(int id, String channel, List<String> payload, long seconds) {
        String sign = signer.websocket(channel, "subscribe", seconds);
        return new OpeningRequest(id, RequestWriter.request(seconds, id, channel, "subscribe", payload, apiKey, sign),
                true);
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return RequestWriter.ping(epochMillis / 1000, requestId, prefix + ".ping");
    }

    @Override
    public void onText(String frame, long receive, PrivateSink target) {
        this.sink = target;
        this.receiveNanos = receive;
        this.decoded = false;
        try {
            envelope.scan(frame, this);
            afterScan();
        } catch (ProtocolException e) {
            target.protocolError(e);
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
            sink.reconnectRequired("gateio announced a service upgrade");
        } else if (envelope.isSubscriptionAnswer()) {
            answer();
        } else if (envelope.hasError()) {
            sink.protocolError(new ProtocolException("gateio error on " + envelope.channel() + ": code "
                    + envelope.errorCode() + " " + envelope.errorMessage()));
        } else {
            envelope.readDeferredResult(this);
            if (!decoded) {
                sink.unknownChannel();
            }
        }
    }

    private void answer() {
        if (!envelope.hasId()) {
            sink.protocolError(new ProtocolException("gateio subscription answer without id on "
                    + envelope.channel()));
        } else if (!envelope.hasError()) {
            sink.acknowledged((int) envelope.id());
        } else {
            sink.rejected((int) envelope.id(), rejection());
        }
    }

    private ExwireException rejection() {
        String code = Long.toString(envelope.errorCode());
        String text = "gateio refused " + envelope.channel() + ": code " + code + " " + envelope.errorMessage();
        return WsErrors.isAuthentication(envelope.errorCode(), envelope.errorMessage())
                ? new AuthenticationException(text)
                : new SubscriptionRejectedException(text, code);
    }

    @Override
    public void read(JsonCursor cursor, Envelope env) {
        PrivateItems.Kind kind = env.isSubscriptionAnswer() || env.isUpgradeNotice() ? null : kindOf(env);
        if (kind == null) {
            cursor.skipValue();
            return;
        }
        decoded = true;
        items.decode(cursor, kind, receiveNanos, sink);
    }

    private PrivateItems.Kind kindOf(Envelope env) {
        if (env.channelIs(ordersChannel)) {
            return PrivateItems.Kind.ORDERS;
        }
        if (env.channelIs(tradesChannel)) {
            return PrivateItems.Kind.TRADES;
        }
        if (env.channelIs(balancesChannel)) {
            return PrivateItems.Kind.BALANCES;
        }
        return market == MarketType.FUTURES && env.channelIs("futures.positions") ? PrivateItems.Kind.POSITIONS : null;
    }
}
