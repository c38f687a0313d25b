package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;
import io.exwire.core.subscription.PendingRequests;
import io.exwire.core.subscription.RequestIds;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Encodes subscribe and unsubscribe requests in the venue's batch size, sends them on their connection and keeps
 * each one, with its deadline, until the venue answers. Lane-confined.
 */
final class PublicRequests {

    private final ExchangeConfig config;
    private final PublicVenue venue;
    private final LongSupplier clock;
    private final RequestIds ids = new RequestIds();
    private final PendingRequests<PublicRequest> pending = new PendingRequests<>();

    PublicRequests(ExchangeConfig config, PublicVenue venue, LongSupplier clock) {
        this.config = config;
        this.venue = venue;
        this.clock = clock;
    }

    /** Sends {@code symbols} on {@code shard} in requests of at most the venue's batch size for the channel. */
    void send(Shard shard, PublicChannel channel, List<Symbol> symbols, boolean subscribe) {
        int chunk = Math.max(1, venue.maxSymbolsPerRequest(channel));
        long now = clock.getAsLong();
        long deadline = now + config.requestTimeout().toMillis();
        for (int from = 0; from < symbols.size(); from += chunk) {
            List<Symbol> part = List.copyOf(symbols.subList(from, Math.min(symbols.size(), from + chunk)));
            int id = ids.next();
            String frame = subscribe
                    ? shard.protocol().subscribe(id, channel, part, now)
                    : shard.protocol().unsubscribe(id, channel, part, now);
            pending.add(id, new PublicRequest(shard.id(), channel, part, subscribe, null), deadline);
            shard.connection().send(frame);
        }
    }

    /** @return the request the venue answered, removed, or null for a late or foreign answer */
    PublicRequest answered(int requestId) {
        return pending.remove(requestId);
    }

    /** @return requests past their deadline, removed */
    List<PublicRequest> expired(long nowMillis) {
        return pending.expire(nowMillis);
    }

    /** Forgets the requests of a lost connection; they are sent again when it reopens. */
    void forget(int shardId) {
        pending.removeIf(r -> r.shardId() == shardId);
    }

    /** @return whether a request on that connection still awaits an answer */
    boolean awaiting(int shardId) {
        return pending.any(r -> r.shardId() == shardId);
    }
}
