package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.connection.StreamGap;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.book.BookSynchronizer;
import io.exwire.core.marketdata.book.LocalOrderBook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lane-confined state of a public component: which symbol lives on which connection (sharded to respect the
 * venue's per-connection cap), each symbol's channel statuses and book, the requests awaiting acks, and what to do
 * when connections open, drop or must be replaced. Every method runs on the component's dispatch lane.
 */
final class PublicSubscriptions {

    /** What the engine provides. */
    interface Environment {
        Shard newShard();

        void fetchSnapshot(Symbol symbol);

        void streamGap(StreamGap gap);

        long nowMillis();
    }

    private final ExchangeConfig config;
    private final PublicVenue venue;
    private final SymbolTable table;
    private final Environment env;
    private final PublicRequests requests;
    private final StaleWatchdog watchdog;
    private final Map<Integer, Shard> shards = new ConcurrentHashMap<>();
    private final Map<Symbol, SymbolSubscription> subs = new HashMap<>();
    private final Set<PublicChannel> channels = EnumSet.noneOf(PublicChannel.class);
    private PublicEventSink sink;
    private volatile Set<Symbol> active = Set.of();

    PublicSubscriptions(ExchangeConfig config, PublicVenue venue, SymbolTable table, Environment env) {
        this.config = config;
        this.venue = venue;
        this.table = table;
        this.env = env;
        this.requests = new PublicRequests(config, venue, env::nowMillis);
        this.watchdog = new StaleWatchdog(config, new Remedies());
    }

    void sink(PublicEventSink eventSink) {
        this.sink = eventSink;
    }

    SymbolTable table() {
        return table;
    }

    Map<Integer, Shard> shards() {
        return shards;
    }

    Set<Symbol> active() {
        return active;
    }

    void channels(Set<PublicChannel> requested) {
        channels.addAll(requested);
    }

    SymbolSubscription owned(Symbol symbol, int shardId) {
        SymbolSubscription sub = symbol == null ? null : subs.get(symbol);
        return sub != null && sub.owner() == shardId ? sub : null;
    }

    // ---- application requests --------------------------------------------------------------------------------

    void subscribe(List<Symbol> symbols, SubscriptionBatch batch) {
        Map<Shard, List<Symbol>> added = new HashMap<>();
        for (Symbol s : new LinkedHashSet<>(symbols)) {
            if (subs.containsKey(s)) {
                batch.expect(s, 1);
                batch.accepted(s);
                continue;
            }
            Shard shard = assign(s);
            batch.expect(s, 1);
            subs.get(s).subscribeBatch(batch);
            added.computeIfAbsent(shard, k -> new ArrayList<>()).add(s);
        }
        added.forEach((shard, list) -> sendSubscribes(shard, list, true));
        batch.completeIfDone();
    }

    void unsubscribe(List<Symbol> symbols, SubscriptionBatch batch) {
        for (Symbol s : new LinkedHashSet<>(symbols)) {
            SymbolSubscription sub = subs.get(s);
            batch.expect(s, 1);
            if (sub == null) {
                batch.accepted(s);
                continue;
            }
            sub.unsubscribeBatch(batch);
            startRemoval(sub);
        }
        publishActive();
        batch.completeIfDone();
    }

    // ---- connection events -----------------------------------------------------------------------------------

    void opened(Shard shard) {
        shard.open(true);
        if (shard.symbols().isEmpty()) {
            retire(shard);
            return;
        }
        if (shard.replacing() != null) {
            List<Symbol> all = new ArrayList<>(shard.symbols());
            channels.forEach(c -> send(shard, c, all, true));
            checkShardSubscribed(shard);
            return;
        }
        sendSubscribes(shard, new ArrayList<>(shard.symbols()), true);
    }

    void lost(Shard shard) {
        shard.open(false);
        shard.lostAt(env.nowMillis());
        requests.forget(shard.id());
        for (Symbol s : shard.symbols()) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null && sub.owner() == shard.id()) {
                markPending(sub);
                stopBook(sub, "reconnect");
            }
        }
        publishActive();
    }

    void gaveUp(Shard shard, ExwireException cause) {
        for (Symbol s : new ArrayList<>(shard.symbols())) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null) {
                failSymbol(sub, cause);
            }
        }
        shards.remove(shard.id());
    }

    void replace(int shardId, String reason) {
        Shard old = shards.get(shardId);
        if (old == null || old.replacement() != null || old.replacing() != null) {
            return;
        }
        Shard next = env.newShard();
        next.symbols().addAll(old.symbols());
        next.replacing(old);
        old.replacement(next);
        shards.put(next.id(), next);
        next.connection().start();
    }

    void overflow(Shard shard) {
        for (Symbol s : shard.symbols()) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null && sub.book() != null && sub.book().isLive()) {
                sub.book().resync(0, 0, "dispatch queue overflow");
            }
        }
        env.streamGap(new StreamGap(config.exchange(), config.market(), shard.id(), "dispatch queue overflow",
                env.nowMillis(), env.nowMillis()));
    }

    // ---- venue answers ---------------------------------------------------------------------------------------

    void acknowledged(int requestId) {
        PublicRequest req = requests.answered(requestId);
        if (req == null) {
            return;
        }
        List<SymbolSubscription> completed = req.subscribe() ? activate(req) : removeChannels(req);
        publishActive();
        for (SymbolSubscription sub : completed) {
            SubscriptionBatch batch = sub.takeSubscribeBatch();
            if (batch != null) {
                batch.accepted(sub.symbol());
            }
        }
        checkShardSubscribed(shards.get(req.shardId()));
    }

    private List<SymbolSubscription> activate(PublicRequest req) {
        List<SymbolSubscription> completed = new ArrayList<>();
        for (Symbol s : req.symbols()) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null && channelActive(sub, req.channel())) {
                completed.add(sub);
            }
        }
        return completed;
    }

    private List<SymbolSubscription> removeChannels(PublicRequest req) {
        for (Symbol s : req.symbols()) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null) {
                channelRemoved(sub, req.channel());
            }
        }
        return List.of();
    }

    void rejected(int requestId, ExwireException error, Symbol blamed) {
        PublicRequest req = requests.answered(requestId);
        if (req == null) {
            return;
        }
        if (req.subscribe()) {
            rejectSubscribe(req, error, blamed);
        } else {
            unsubscribeRefused(req, error);
        }
        publishActive();
        checkShardSubscribed(shards.get(req.shardId()));
    }

    private void unsubscribeRefused(PublicRequest req, ExwireException error) {
        sink.report(error);
        removeChannels(req);
    }

    void needSnapshot(Symbol symbol) {
        SymbolSubscription sub = subs.get(symbol);
        if (sub == null) {
            return;
        }
        if (venue.bookSyncMode() == PublicVenue.BookSyncMode.REST_SNAPSHOT) {
            env.fetchSnapshot(symbol);
        } else {
            resubscribe(sub, PublicChannel.ORDER_BOOK);
        }
    }

    void snapshotArrived(Symbol symbol, OrderBookSnapshot snapshot, long receiveNanos) {
        SymbolSubscription sub = subs.get(symbol);
        if (sub != null && sub.book() != null) {
            sub.book().onSnapshot(snapshot, receiveNanos);
        }
    }

    // ---- housekeeping ----------------------------------------------------------------------------------------

    void housekeeping(long now) {
        for (PublicRequest req : requests.expired(now)) {
            RequestTimeoutException timeout = new RequestTimeoutException("no answer from " + config.exchange()
                    + " within " + config.requestTimeout() + " to " + (req.subscribe() ? "subscribe " : "unsubscribe ")
                    + req.channel() + " " + req.symbols());
            expired(req, timeout);
        }
        for (SymbolSubscription sub : new ArrayList<>(subs.values())) {
            if (sub.isActive()) {
                watchdog.check(sub, channels, now);
            }
        }
    }

    private void expired(PublicRequest req, ExwireException error) {
        if (req.subscribe()) {
            rejectSubscribe(req, error, null);
        } else {
            unsubscribeRefused(req, error);
        }
        publishActive();
        checkShardSubscribed(shards.get(req.shardId()));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private Shard assign(Symbol symbol) {
        int perShard = Math.max(1, venue.limits().maxSubscriptionsPerConnection() / Math.max(1, channels.size()));
        Shard target = null;
        for (Shard s : shards.values()) {
            if (s.replacement() == null && s.replacing() == null && s.symbols().size() < perShard) {
                target = s;
                break;
            }
        }
        if (target == null) {
            target = env.newShard();
            shards.put(target.id(), target);
            target.connection().start();
        }
        target.symbols().add(symbol);
        String venueSymbol = venue.venueSymbol(symbol);
        table.put(venueSymbol, symbol);
        SymbolSubscription sub = new SymbolSubscription(symbol, venueSymbol, target.id());
        for (PublicChannel c : channels) {
            sub.status(c, SymbolSubscription.Status.PENDING);
        }
        subs.put(symbol, sub);
        return target;
    }

    private void sendSubscribes(Shard shard, List<Symbol> symbols, boolean startBooks) {
        if (!shard.isOpen()) {
            return;
        }
        for (PublicChannel c : channels) {
            List<Symbol> list = new ArrayList<>();
            for (Symbol s : symbols) {
                SymbolSubscription sub = subs.get(s);
                if (sub != null && sub.status(c) == SymbolSubscription.Status.PENDING) {
                    list.add(s);
                    prepareBook(sub, c, startBooks);
                }
            }
            send(shard, c, list, true);
        }
        checkShardSubscribed(shard);
    }

    private void prepareBook(SymbolSubscription sub, PublicChannel channel, boolean start) {
        if (channel != PublicChannel.ORDER_BOOK || !start) {
            return;
        }
        if (sub.book() == null) {
            LocalOrderBook book = new LocalOrderBook(config.exchange(), config.market(), sub.symbol(),
                    config.bookDepth(), venue.maintainedDepth(config));
            sub.book(new BookSynchronizer(book, venue.bookContinuity(),
                    venue.bookSyncMode() == PublicVenue.BookSyncMode.REST_SNAPSHOT, sink));
        }
        sub.book().start();
    }

    private void send(Shard shard, PublicChannel channel, List<Symbol> symbols, boolean subscribe) {
        requests.send(shard, channel, symbols, subscribe);
    }

    private void resubscribe(SymbolSubscription sub, PublicChannel channel) {
        Shard shard = shards.get(sub.owner());
        if (shard == null || !shard.isOpen()) {
            return;
        }
        send(shard, channel, List.of(sub.symbol()), false);
        sub.status(channel, SymbolSubscription.Status.PENDING);
        send(shard, channel, List.of(sub.symbol()), true);
    }

    private void rejectSubscribe(PublicRequest req, ExwireException error, Symbol blamed) {
        Shard shard = shards.get(req.shardId());
        if (blamed != null && req.symbols().contains(blamed)) {
            rejectSymbol(blamed, error);
            retryWithout(shard, req, List.of(blamed));
        } else if (req.symbols().size() > 1) {
            for (Symbol s : req.symbols()) {
                retryWithout(shard, new PublicRequest(req.shardId(), req.channel(), List.of(s), true, null), List.of());
            }
        } else {
            req.symbols().forEach(s -> rejectSymbol(s, error));
        }
    }

    private void retryWithout(Shard shard, PublicRequest req, List<Symbol> without) {
        List<Symbol> rest = new ArrayList<>(req.symbols());
        rest.removeAll(without);
        rest.removeIf(s -> !subs.containsKey(s));
        if (!rest.isEmpty() && shard != null && shard.isOpen()) {
            send(shard, req.channel(), rest, true);
        }
    }

    private void rejectSymbol(Symbol symbol, ExwireException error) {
        sink.report(error);
        SymbolSubscription sub = subs.get(symbol);
        if (sub != null) {
            failSymbol(sub, error);
        }
    }

    private void failSymbol(SymbolSubscription sub, ExwireException error) {
        SubscriptionBatch batch = sub.takeSubscribeBatch();
        if (batch != null) {
            batch.rejected(sub.symbol(), error);
        }
        List<PublicChannel> acked = new ArrayList<>();
        for (PublicChannel c : sub.channels()) {
            if (sub.status(c) == SymbolSubscription.Status.ACTIVE) {
                acked.add(c);
            }
        }
        Shard shard = shards.get(sub.owner());
        if (shard != null && shard.isOpen()) {
            acked.forEach(c -> send(shard, c, List.of(sub.symbol()), false));
        }
        dropSymbol(sub);
    }

    private void startRemoval(SymbolSubscription sub) {
        Shard shard = shards.get(sub.owner());
        List<PublicChannel> toSend = new ArrayList<>();
        for (PublicChannel c : sub.channels()) {
            if (sub.status(c) == SymbolSubscription.Status.ACTIVE) {
                toSend.add(c);
            }
            sub.status(c, SymbolSubscription.Status.REMOVING);
        }
        if (shard == null || !shard.isOpen() || toSend.isEmpty()) {
            finishRemoval(sub);
            return;
        }
        for (PublicChannel c : sub.channels()) {
            if (!toSend.contains(c)) {
                sub.remove(c);
            }
        }
        toSend.forEach(c -> send(shard, c, List.of(sub.symbol()), false));
    }

    private boolean channelActive(SymbolSubscription sub, PublicChannel channel) {
        if (sub.status(channel) != SymbolSubscription.Status.PENDING) {
            return false;
        }
        sub.status(channel, SymbolSubscription.Status.ACTIVE);
        if (sub.isActive()) {
            sub.subscribedAt(env.nowMillis());
            return true;
        }
        return false;
    }

    private void channelRemoved(SymbolSubscription sub, PublicChannel channel) {
        if (sub.status(channel) != SymbolSubscription.Status.REMOVING) {
            return;
        }
        sub.remove(channel);
        if (sub.hasNoChannels()) {
            finishRemoval(sub);
        }
    }

    private void finishRemoval(SymbolSubscription sub) {
        SubscriptionBatch batch = sub.takeUnsubscribeBatch();
        dropSymbol(sub);
        if (batch != null) {
            batch.accepted(sub.symbol());
        }
    }

    private void dropSymbol(SymbolSubscription sub) {
        subs.remove(sub.symbol());
        table.remove(sub.venueSymbol());
        if (sub.book() != null) {
            sub.book().stop();
        }
        for (Shard s : shards.values()) {
            s.symbols().remove(sub.symbol());
            if (s.symbols().isEmpty() && s.replacing() == null) {
                retire(s);
            }
        }
        publishActive();
    }

    private void retire(Shard shard) {
        if (requests.awaiting(shard.id())) {
            return;
        }
        shards.remove(shard.id());
        shard.connection().close();
    }

    private void markPending(SymbolSubscription sub) {
        for (PublicChannel c : sub.channels()) {
            if (sub.status(c) == SymbolSubscription.Status.ACTIVE) {
                sub.status(c, SymbolSubscription.Status.PENDING);
            }
        }
    }

    private void stopBook(SymbolSubscription sub, String reason) {
        if (sub.book() != null && sub.book().isLive()) {
            sink.gap(sub.symbol(), 0, 0, reason);
        }
        if (sub.book() != null) {
            sub.book().stop();
        }
    }

    private void checkShardSubscribed(Shard shard) {
        if (shard == null || !shard.isOpen() || requests.awaiting(shard.id())) {
            return;
        }
        if (shard.connection().state() == ConnectionState.SUBSCRIBED) {
            return;
        }
        shard.connection().advance(ConnectionState.SUBSCRIBED, "every subscription answered");
        if (shard.lostAtMillis() > 0) {
            env.streamGap(new StreamGap(config.exchange(), config.market(), shard.id(), "reconnect",
                    shard.lostAtMillis(), env.nowMillis()));
            shard.lostAt(0);
        }
        if (shard.replacing() != null) {
            completeHandover(shard);
        }
    }

    private void completeHandover(Shard next) {
        Shard old = next.replacing();
        next.replacing(null);
        for (Symbol s : next.symbols()) {
            SymbolSubscription sub = subs.get(s);
            if (sub != null) {
                sub.owner(next.id());
            }
        }
        shards.remove(old.id());
        old.connection().close();
    }

    private void publishActive() {
        Set<Symbol> now = new LinkedHashSet<>();
        for (SymbolSubscription sub : subs.values()) {
            if (sub.isActive()) {
                now.add(sub.symbol());
            }
        }
        active = Set.copyOf(now);
    }

    private final class Remedies implements StaleWatchdog.Remedies {
        @Override
        public void resubscribe(SymbolSubscription sub, PublicChannel channel) {
            PublicSubscriptions.this.resubscribe(sub, channel);
        }

        @Override
        public void recycleConnectionOf(SymbolSubscription sub, String reason, long nowMillis) {
            Shard shard = shards.get(sub.owner());
            if (shard == null || shard.connection() == null) {
                return;
            }
            for (Symbol s : shard.symbols()) {
                SymbolSubscription other = subs.get(s);
                if (other != null) {
                    other.resetClock(nowMillis);
                }
            }
            shard.connection().recycle(reason);
        }
    }

}
