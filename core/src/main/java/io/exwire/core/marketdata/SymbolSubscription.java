package io.exwire.core.marketdata;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.book.BookSynchronizer;

import java.util.EnumMap;
import java.util.Map;

/**
 * A symbol's subscription state, keyed by typed channel: which connection owns it, each channel's status, the
 * book synchroniser, and when data last arrived per channel (for the stale watchdog). Lane-confined.
 */
final class SymbolSubscription {

    enum Status { PENDING, ACTIVE, REMOVING }

    private final Symbol symbol;
    private final String venueSymbol;
    private final Map<PublicChannel, Status> channels = new EnumMap<>(PublicChannel.class);
    private final long[] lastDataMillis = new long[PublicChannel.values().length];
    private final boolean[] staleRetried = new boolean[PublicChannel.values().length];
    private BookSynchronizer book;
    private int owner;
    private SubscriptionBatch subscribeBatch;
    private SubscriptionBatch unsubscribeBatch;

    SymbolSubscription(Symbol symbol, String venueSymbol, int owner) {
        this.symbol = symbol;
        this.venueSymbol = venueSymbol;
        this.owner = owner;
    }

    Symbol symbol() {
        return symbol;
    }

    String venueSymbol() {
        return venueSymbol;
    }

    int owner() {
        return owner;
    }

    void owner(int shardId) {
        this.owner = shardId;
    }

    BookSynchronizer book() {
        return book;
    }

    void book(BookSynchronizer sync) {
        this.book = sync;
    }

    SubscriptionBatch takeSubscribeBatch() {
        SubscriptionBatch b = subscribeBatch;
        subscribeBatch = null;
        return b;
    }

    void subscribeBatch(SubscriptionBatch batch) {
        this.subscribeBatch = batch;
    }

    SubscriptionBatch takeUnsubscribeBatch() {
        SubscriptionBatch b = unsubscribeBatch;
        unsubscribeBatch = null;
        return b;
    }

    void unsubscribeBatch(SubscriptionBatch batch) {
        this.unsubscribeBatch = batch;
    }

    Iterable<PublicChannel> channels() {
        return channels.keySet();
    }

    void remove(PublicChannel channel) {
        channels.remove(channel);
    }


    boolean hasNoChannels() {
        return channels.isEmpty();
    }

    void status(PublicChannel channel, Status status) {
        channels.put(channel, status);
    }

    Status status(PublicChannel channel) {
        return channels.get(channel);
    }

    boolean isActive() {
        if (channels.isEmpty()) {
            return false;
        }
        for (Status s : channels.values()) {
            if (s != Status.ACTIVE) {
                return false;
            }
        }
        return true;
    }

    void dataArrived(PublicChannel channel, long millis) {
        lastDataMillis[channel.ordinal()] = millis;
        staleRetried[channel.ordinal()] = false;
    }

    long lastData(PublicChannel channel) {
        return lastDataMillis[channel.ordinal()];
    }

    boolean staleRetried(PublicChannel channel) {
        return staleRetried[channel.ordinal()];
    }

    void markStaleRetried(PublicChannel channel, long nowMillis) {
        staleRetried[channel.ordinal()] = true;
        lastDataMillis[channel.ordinal()] = nowMillis;
    }

    /**
     * The venue acknowledged the (re)subscription: the silence clock restarts, but a channel already resubscribed for
     * staleness stays marked, so that if it stays silent the connection is recycled instead of resubscribing forever.
     *
     * @param nowMillis now
     */
    void subscribedAt(long nowMillis) {
        java.util.Arrays.fill(lastDataMillis, nowMillis);
    }

    void resetClock(long nowMillis) {
        java.util.Arrays.fill(lastDataMillis, nowMillis);
        java.util.Arrays.fill(staleRetried, false);
    }
}
