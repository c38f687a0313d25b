package io.exwire.core.testing;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.trading.OpeningRequest;
import io.exwire.core.trading.PrivateProtocol;
import io.exwire.core.trading.PrivateSink;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The toy venue's private protocol: a login request proving the credentials, then one subscription per channel.
 *
 * <pre>
 * client: {"op":"login","id":1,"key":"..."}  {"op":"sub","id":2,"ch":"orders"}  {"op":"ping","id":3}
 * server: {"ack":1}  {"err":1,"auth":true,"code":"INVALID_KEY"}  {"pong":3}  {"notice":"relogin"}
 *         {"ch":"order","oid":"42","cid":"c-42","s":"BTC_USDT","side":"buy","px":"100.5","qty":"2","filled":"0","status":"NEW","t":1}
 *         {"ch":"balance","asset":"USDT","avail":"1000","locked":"0","t":1}
 * </pre>
 */
public final class ToyPrivateProtocol implements PrivateProtocol {

    private final Credentials credentials;
    private final JsonCursor cur = new JsonCursor();
    private final AtomicInteger prepared = new AtomicInteger();
    private volatile boolean released;

    /** @param credentials the account's credentials */
    public ToyPrivateProtocol(Credentials credentials) {
        this.credentials = credentials;
    }

    /** @return connection attempts prepared */
    public int prepared() {
        return prepared.get();
    }

    /** @return whether the engine released the protocol on close */
    public boolean released() {
        return released;
    }

    @Override
    public URI prepare(URI endpoint) {
        prepared.incrementAndGet();
        return endpoint;
    }

    @Override
    public List<OpeningRequest> openingRequests(IntSupplier ids, long epochMillis) {
        int login = ids.getAsInt();
        int orders = ids.getAsInt();
        int balances = ids.getAsInt();
        return List.of(
                new OpeningRequest(login, "{\"op\":\"login\",\"id\":" + login + ",\"key\":\"" + credentials.apiKey() + "\"}", true),
                new OpeningRequest(orders, "{\"op\":\"sub\",\"id\":" + orders + ",\"ch\":\"orders\"}", false),
                new OpeningRequest(balances, "{\"op\":\"sub\",\"id\":" + balances + ",\"ch\":\"balances\"}", false));
    }

    @Override
    public String ping(int requestId, long epochMillis) {
        return "{\"op\":\"ping\",\"id\":" + requestId + "}";
    }

    @Override
    public void onText(String frame, long receiveNanos, PrivateSink sink) {
        try {
            Map<String, String> f = new HashMap<>();
            cur.reset(frame).beginObject();
            while (cur.nextField()) {
                String name = cur.text().substring(cur.tokenStart(), cur.tokenEnd());
                switch (cur.peek()) {
                    case STRING -> f.put(name, cur.readString());
                    case NUMBER -> f.put(name, Long.toString(cur.readLong()));
                    case BOOLEAN -> f.put(name, Boolean.toString(cur.readBoolean()));
                    default -> cur.skipValue();
                }
            }
            dispatch(f, receiveNanos, sink);
        } catch (ProtocolException e) {
            sink.protocolError(e);
        } catch (IllegalArgumentException e) {
            sink.protocolError(new ProtocolException("toy private frame has a bad value: " + e.getClass().getSimpleName()));
        }
    }

    private void dispatch(Map<String, String> f, long receiveNanos, PrivateSink sink) {
        if (f.containsKey("ack")) {
            sink.acknowledged(Integer.parseInt(f.get("ack")));
        } else if (f.containsKey("err")) {
            int id = Integer.parseInt(f.get("err"));
            String code = f.getOrDefault("code", "");
            sink.rejected(id, "true".equals(f.get("auth"))
                    ? new AuthenticationException("toy venue refused the credentials: " + code)
                    : new SubscriptionRejectedException("toy venue refused a private subscription: " + code, code));
        } else if (f.containsKey("pong")) {
            sink.pong();
        } else if ("relogin".equals(f.get("notice"))) {
            sink.reconnectRequired("session expired");
        } else if ("order".equals(f.get("ch"))) {
            sink.order(order(f, receiveNanos));
        } else if ("balance".equals(f.get("ch"))) {
            sink.balance(new Balance(ToyPublicVenue.ID, MarketType.SPOT, f.get("asset"), Decimal.parse(f.get("avail")),
                    Decimal.parse(f.get("locked")), null, Long.parseLong(f.getOrDefault("t", "0")), receiveNanos, false));
        } else {
            sink.unknownChannel();
        }
    }

    private static Order order(Map<String, String> f, long receiveNanos) {
        return new Order(ToyPublicVenue.ID, MarketType.SPOT, Symbol.parse(f.get("s").replace('_', '/')), f.get("oid"),
                f.getOrDefault("cid", ""), "sell".equals(f.get("side")) ? Side.SELL : Side.BUY, OrderType.LIMIT,
                TimeInForce.GTC, Decimal.parse(f.get("px")), Decimal.parse(f.get("qty")), Decimal.parse(f.get("filled")),
                null, OrderStatus.valueOf(f.get("status")), Long.parseLong(f.getOrDefault("t", "0")), receiveNanos, false);
    }

    @Override
    public void release() {
        released = true;
    }
}
