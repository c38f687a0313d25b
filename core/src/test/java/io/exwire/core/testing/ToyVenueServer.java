package io.exwire.core.testing;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the toy venue's public websocket on a real Helidon server: answers subscriptions (with configurable
 * refusals and silences), pings, and publishes book deltas and trades from an authoritative book model per symbol,
 * which also serves the REST snapshots of {@link FakePublicRest}. Records a log of what happened, in order.
 */
public final class ToyVenueServer implements AutoCloseable {

    private static final Pattern OP = Pattern.compile("\"op\":\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CH = Pattern.compile("\"ch\":\"(\\w+)\"");
    private static final Pattern SYMS = Pattern.compile("\"syms\":\\[([^\\]]*)\\]");

    /** A parsed client request. */
    public record Request(WsTestServer.Peer peer, String op, int id, String channel, List<String> symbols) {
    }

    private final WsTestServer ws = new WsTestServer();
    private final Object lock = new Object();
    private final Map<String, VenueBook> books = new ConcurrentHashMap<>();
    private final Map<WsTestServer.Peer, Set<String>> subscriptions = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Set<String> blamed = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedWholesale = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<Runnable> held = new ArrayList<>();
    private int holdAnswers;
    private volatile boolean streamSnapshots;
    private long tradeIds;

    /** Starts the server. */
    public ToyVenueServer() {
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

    /** @return every request received, in order */
    public List<Request> requests() {
        return requests;
    }

    /**
     * @param op an op
     * @param symbol a venue symbol
     * @return requests of that op naming the symbol
     */
    public List<Request> requests(String op, String symbol) {
        return requests.stream().filter(r -> r.op().equals(op) && r.symbols().contains(symbol)).toList();
    }

    /** @return a log of opens, requests, answers and closes */
    public List<String> log() {
        return log;
    }

    /** @param venueSymbol refused with {@code sym} naming it */
    public void refuseBlaming(String venueSymbol) {
        blamed.add(venueSymbol);
    }

    /** @param venueSymbol any request naming it is refused as a whole, without naming it */
    public void refuseWholesale(String venueSymbol) {
        refusedWholesale.add(venueSymbol);
    }

    /** @param venueSymbol requests naming it are never answered */
    public void neverAnswer(String venueSymbol) {
        unanswered.add(venueSymbol);
    }

    /**
     * Holds the next {@code n} answers and then sends them in reverse order (acks correlate by id, not by order).
     *
     * @param n answers to hold
     */
    public void answerInReverse(int n) {
        synchronized (lock) {
            holdAnswers = n;
        }
    }

    /** Sends a full book snapshot on the stream after acknowledging each book subscription. */
    public void streamSnapshots() {
        streamSnapshots = true;
    }

    /**
     * @param symbol a symbol
     * @return its authoritative book
     */
    public VenueBook book(Symbol symbol) {
        return books.computeIfAbsent(ToyPublicVenue.venueName(symbol), k -> new VenueBook(symbol));
    }

    /**
     * @param peer a connection
     * @param channel a wire channel
     * @param venueSymbol a venue symbol
     * @return whether the connection is subscribed
     */
    public boolean subscribed(WsTestServer.Peer peer, String channel, String venueSymbol) {
        return subscriptions.getOrDefault(peer, Set.of()).contains(channel + ":" + venueSymbol);
    }

    /**
     * Applies a random delta to a symbol's book and sends it to every subscribed connection.
     *
     * @param symbol the symbol
     * @param random the random source
     */
    public void publishDelta(Symbol symbol, Random random) {
        synchronized (lock) {
            send("book", symbol, book(symbol).randomDelta(random));
        }
    }

    /**
     * Applies a random delta to the book without sending it: subscribers will see a sequence gap.
     *
     * @param symbol the symbol
     * @param random the random source
     */
    public void skipDelta(Symbol symbol, Random random) {
        synchronized (lock) {
            book(symbol).randomDelta(random);
        }
    }

    /**
     * Sends a frame that is not a delta of the model (e.g. crossing levels) to book subscribers.
     *
     * @param symbol the symbol
     * @param frame the frame
     */
    public void publishRaw(Symbol symbol, String frame) {
        synchronized (lock) {
            send("book", symbol, frame);
        }
    }

    /**
     * Sends a trade to every connection subscribed to the symbol's trades.
     *
     * @param symbol the symbol
     * @param price the price
     * @param size the size
     * @return the trade id
     */
    public long publishTrade(Symbol symbol, String price, String size) {
        synchronized (lock) {
            long id = ++tradeIds;
            send("trade", symbol, "{\"ch\":\"trade\",\"s\":\"" + ToyPublicVenue.venueName(symbol) + "\",\"id\":" + id
                    + ",\"p\":\"" + price + "\",\"q\":\"" + size + "\",\"side\":\"sell\",\"t\":" + System.currentTimeMillis() + "}");
            return id;
        }
    }

    private void send(String channel, Symbol symbol, String frame) {
        String key = channel + ":" + ToyPublicVenue.venueName(symbol);
        for (WsTestServer.Peer p : ws.peers()) {
            if (!p.isClosed() && subscriptions.getOrDefault(p, Set.of()).contains(key)) {
                try {
                    p.send(frame);
                } catch (RuntimeException e) {
                    log.add(p + " send failed");
                }
            }
        }
    }

    private void onText(WsTestServer.Peer peer, String text) {
        Matcher op = OP.matcher(text);
        if (!op.find()) {
            return;
        }
        Request r = parse(peer, op.group(1), text);
        if (r.op().equals("ping")) {
            peer.send("{\"pong\":" + r.id() + "}");
            return;
        }
        requests.add(r);
        synchronized (lock) {
            log.add(peer + " " + r.op() + " " + r.channel() + " " + r.symbols());
            answer(r);
        }
    }

    private static Request parse(WsTestServer.Peer peer, String op, String text) {
        Matcher id = ID.matcher(text);
        Matcher ch = CH.matcher(text);
        Matcher syms = SYMS.matcher(text);
        List<String> list = new ArrayList<>();
        if (syms.find()) {
            for (String s : syms.group(1).split(",")) {
                if (!s.isBlank()) {
                    list.add(s.replace("\"", "").trim());
                }
            }
        }
        return new Request(peer, op, id.find() ? Integer.parseInt(id.group(1)) : 0, ch.find() ? ch.group(1) : "", list);
    }

    private void answer(Request r) {
        if (r.symbols().stream().anyMatch(unanswered::contains)) {
            log.add(r.peer() + " ignored " + r.id());
            return;
        }
        if (r.op().equals("sub")) {
            String culprit = r.symbols().stream().filter(blamed::contains).findFirst().orElse(null);
            if (culprit != null) {
                reply(r, "{\"err\":" + r.id() + ",\"code\":\"unknown symbol\",\"sym\":\"" + culprit + "\"}");
                return;
            }
            if (r.symbols().stream().anyMatch(refusedWholesale::contains)) {
                reply(r, "{\"err\":" + r.id() + ",\"code\":\"invalid request\"}");
                return;
            }
            Set<String> subs = subscriptions.computeIfAbsent(r.peer(), k -> ConcurrentHashMap.newKeySet());
            r.symbols().forEach(s -> subs.add(r.channel() + ":" + s));
            if (streamSnapshots && r.channel().equals("book")) {
                reply(r, "{\"ack\":" + r.id() + "}");
                r.symbols().forEach(s -> r.peer().send(books.computeIfAbsent(s,
                        k -> new VenueBook(Symbol.parse(k.replace('_', '/')))).streamSnapshot()));
                return;
            }
        } else if (r.op().equals("unsub")) {
            Set<String> subs = subscriptions.computeIfAbsent(r.peer(), k -> ConcurrentHashMap.newKeySet());
            r.symbols().forEach(s -> subs.remove(r.channel() + ":" + s));
        }
        reply(r, "{\"ack\":" + r.id() + "}");
    }

    private void reply(Request r, String frame) {
        Runnable answer = () -> {
            log.add(r.peer() + " answered " + r.id() + " " + (frame.contains("ack") ? "ack" : "err"));
            r.peer().send(frame);
        };
        if (holdAnswers > 0) {
            held.add(answer);
            if (held.size() == holdAnswers) {
                holdAnswers = 0;
                List<Runnable> reversed = new ArrayList<>(held);
                held.clear();
                Collections.reverse(reversed);
                reversed.forEach(Runnable::run);
            }
            return;
        }
        answer.run();
    }

    @Override
    public void close() {
        ws.close();
    }

    /** The venue's authoritative book of one symbol: 20 bid ticks 90.0..99.5, 20 ask ticks 100.5..110.0. */
    public static final class VenueBook {
        private final Symbol symbol;
        private final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
        private final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        private long sequence = 100;

        VenueBook(Symbol symbol) {
            this.symbol = symbol;
        }

        /** @return the last update id */
        public synchronized long sequence() {
            return sequence;
        }

        synchronized String randomDelta(Random random) {
            sequence++;
            StringBuilder b = new StringBuilder();
            StringBuilder a = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                level(bids, new BigDecimal("90.0").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(random.nextInt(20)))), random, b);
                level(asks, new BigDecimal("100.5").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(random.nextInt(20)))), random, a);
            }
            return "{\"ch\":\"book\",\"s\":\"" + ToyPublicVenue.venueName(symbol) + "\",\"U\":" + sequence + ",\"u\":"
                    + sequence + ",\"t\":" + System.currentTimeMillis() + ",\"b\":[" + b + "],\"a\":[" + a + "]}";
        }

        private static void level(TreeMap<BigDecimal, BigDecimal> side, BigDecimal price, Random random,
                                  StringBuilder out) {
            int pick = random.nextInt(4);
            String size = switch (pick) {
                case 0 -> "0";
                case 1 -> "1.5";
                case 2 -> "0.125";
                default -> Integer.toString(1 + random.nextInt(9));
            };
            BigDecimal s = new BigDecimal(size);
            if (s.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, s);
            }
            out.append(out.isEmpty() ? "" : ",").append("[\"").append(price.toPlainString()).append("\",\"")
                    .append(size).append("\"]");
        }

        synchronized String streamSnapshot() {
            StringBuilder b = new StringBuilder();
            StringBuilder a = new StringBuilder();
            bids.forEach((p, q) -> b.append(b.isEmpty() ? "" : ",").append("[\"").append(p.toPlainString())
                    .append("\",\"").append(q.toPlainString()).append("\"]"));
            asks.forEach((p, q) -> a.append(a.isEmpty() ? "" : ",").append("[\"").append(p.toPlainString())
                    .append("\",\"").append(q.toPlainString()).append("\"]"));
            return "{\"ch\":\"book\",\"snap\":true,\"s\":\"" + ToyPublicVenue.venueName(symbol) + "\",\"U\":"
                    + sequence + ",\"u\":" + sequence + ",\"t\":" + System.currentTimeMillis() + ",\"b\":[" + b
                    + "],\"a\":[" + a + "]}";
        }

        /**
         * @param depth levels per side
         * @return the book now, as the REST snapshot
         */
        public synchronized OrderBookSnapshot snapshot(int depth) {
            return new OrderBookSnapshot(symbol, sequence, levels(bids, depth), levels(asks, depth), System.currentTimeMillis());
        }

        private static List<PriceLevel> levels(TreeMap<BigDecimal, BigDecimal> side, int depth) {
            List<PriceLevel> out = new ArrayList<>();
            for (Map.Entry<BigDecimal, BigDecimal> e : side.entrySet()) {
                if (out.size() == depth) {
                    break;
                }
                out.add(new PriceLevel(Decimal.parse(e.getKey().toPlainString()), Decimal.parse(e.getValue().toPlainString())));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
