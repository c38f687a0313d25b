package io.exwire.core.testing;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the toy venue's private websocket and holds the account the fake REST client serves: login with an API key,
 * channel subscriptions, pushes of order and balance changes, and changes the venue makes without pushing them
 * (e.g. while the client is disconnected).
 */
public final class ToyAccountServer implements AutoCloseable {

    private static final Pattern OP = Pattern.compile("\"op\":\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]*)\"");
    private static final Pattern CH = Pattern.compile("\"ch\":\"(\\w+)\"");

    private final WsTestServer ws = new WsTestServer();
    private final String acceptedKey;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Balance> balances = new LinkedHashMap<>();
    private final Set<WsTestServer.Peer> authenticated = ConcurrentHashMap.newKeySet();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, String> subscriptionAnswers = new ConcurrentHashMap<>();

    /** @param acceptedKey the only API key the venue accepts */
    public ToyAccountServer(String acceptedKey) {
        this.acceptedKey = acceptedKey;
        ws.onOpen(p -> log.add(p + " open"));
        ws.onClose(p -> log.add(p + " closed"));
        ws.onText(this::onText);
    }

    /** @return the websocket URI */
    public URI uri() {
        return ws.uri();
    }

    /** @return the underlying server */
    public WsTestServer ws() {
        return ws;
    }

    /**
     * Changes how the venue answers subscriptions to one channel (by default it acknowledges them).
     *
     * @param channel the channel, e.g. {@code balances}
     * @param answer {@code refuse} (an error naming code {@code NO_PERMISSION}) or {@code ignore} (no answer at all)
     */
    public void answerSubscriptions(String channel, String answer) {
        subscriptionAnswers.put(channel, answer);
    }

    /** @return what happened, in order */
    public List<String> log() {
        return log;
    }

    /**
     * @param peer a connection
     * @return whether it logged in successfully
     */
    public boolean authenticated(WsTestServer.Peer peer) {
        return authenticated.contains(peer);
    }

    private void onText(WsTestServer.Peer peer, String text) {
        Matcher op = OP.matcher(text);
        Matcher id = ID.matcher(text);
        if (!op.find() || !id.find()) {
            return;
        }
        String requestId = id.group(1);
        switch (op.group(1)) {
            case "ping" -> peer.send("{\"pong\":" + requestId + "}");
            case "login" -> login(peer, requestId, text);
            case "sub" -> subscribe(peer, requestId, text);
            default -> log.add(peer + " unknown " + text);
        }
    }

    private void subscribe(WsTestServer.Peer peer, String requestId, String text) {
        Matcher ch = CH.matcher(text);
        String channel = ch.find() ? ch.group(1) : "?";
        log.add(peer + " sub " + channel);
        switch (subscriptionAnswers.getOrDefault(channel, "ack")) {
            case "refuse" -> peer.send("{\"err\":" + requestId + ",\"code\":\"NO_PERMISSION\"}");
            case "ignore" -> log.add(peer + " sub " + channel + " unanswered");
            default -> peer.send("{\"ack\":" + requestId + "}");
        }
    }

    private void login(WsTestServer.Peer peer, String requestId, String text) {
        Matcher key = KEY.matcher(text);
        boolean ok = key.find() && key.group(1).equals(acceptedKey);
        log.add(peer + " login " + (ok ? "accepted" : "refused"));
        if (ok) {
            authenticated.add(peer);
            peer.send("{\"ack\":" + requestId + "}");
        } else {
            peer.send("{\"err\":" + requestId + ",\"auth\":true,\"code\":\"INVALID_KEY\"}");
        }
    }

    /**
     * Creates an order record as the venue reports it.
     *
     * @param id the order id
     * @param status the status
     * @param filled the filled size
     * @return the order
     */
    public static Order order(String id, OrderStatus status, String filled) {
        return new Order(ToyPublicVenue.ID, MarketType.SPOT, Symbol.of("BTC", "USDT"), id, "c-" + id, Side.BUY,
                OrderType.LIMIT, TimeInForce.GTC, Decimal.parse("100.5"), Decimal.parse("2"), Decimal.parse(filled),
                null, status, 1_700_000_000_000L, 0, false);
    }

    /**
     * @param asset an asset
     * @param available the available amount
     * @return the balance record
     */
    public static Balance balance(String asset, String available) {
        return new Balance(ToyPublicVenue.ID, MarketType.SPOT, asset, Decimal.parse(available), Decimal.ZERO,
                Decimal.parse(available), 1_700_000_000_000L, 0, false);
    }

    /** @param o an order the venue now has, changed without telling anyone */
    public synchronized void changeSilently(Order o) {
        orders.put(o.orderId(), o);
    }

    /** @param b a balance the venue now has, changed without telling anyone */
    public synchronized void changeSilently(Balance b) {
        balances.put(b.asset(), b);
    }

    /** @param o an order change the venue records and pushes to logged-in connections */
    public synchronized void push(Order o) {
        orders.put(o.orderId(), o);
        String frame = "{\"ch\":\"order\",\"oid\":\"" + o.orderId() + "\",\"cid\":\"" + o.clientOrderId()
                + "\",\"s\":\"BTC_USDT\",\"side\":\"buy\",\"px\":\"" + o.price() + "\",\"qty\":\"" + o.size()
                + "\",\"filled\":\"" + o.filledSize() + "\",\"status\":\"" + o.status() + "\",\"t\":"
                + o.exchangeTimestampMillis() + "}";
        authenticated.stream().filter(p -> !p.isClosed()).forEach(p -> p.send(frame));
    }

    /** @return the open orders, as REST lists them */
    public synchronized List<Order> openOrders() {
        return orders.values().stream().filter(Order::isOpen).toList();
    }

    /**
     * @param id an order id
     * @return the order, or null
     */
    public synchronized Order find(String id) {
        return orders.get(id);
    }

    /** @return every balance */
    public synchronized List<Balance> balances() {
        return new ArrayList<>(balances.values());
    }

    @Override
    public void close() {
        ws.close();
    }
}
