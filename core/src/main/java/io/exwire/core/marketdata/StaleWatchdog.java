package io.exwire.core.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicChannel;

import java.util.Set;

/**
 * Declares a subscription stale when its channel stayed silent past the configured threshold: the first time it is
 * resubscribed (and its book resynced); if it stays silent, its connection is recycled. Quiet markets exist, so
 * thresholds are per channel and trades are not watched by default. Lane-confined.
 */
final class StaleWatchdog {

    /** What the watchdog asks of its owner. */
    interface Remedies {
        void resubscribe(SymbolSubscription sub, PublicChannel channel);

        void recycleConnectionOf(SymbolSubscription sub, String reason, long nowMillis);
    }

    private final ExchangeConfig config;
    private final Remedies remedies;

    StaleWatchdog(ExchangeConfig config, Remedies remedies) {
        this.config = config;
        this.remedies = remedies;
    }

    void check(SymbolSubscription sub, Set<PublicChannel> channels, long now) {
        for (PublicChannel c : channels) {
            long threshold = config.staleThreshold(c).map(d -> d.toMillis()).orElse(0L);
            if (threshold > 0 && now - sub.lastData(c) > threshold) {
                onStale(sub, c, now);
            }
        }
    }

    private void onStale(SymbolSubscription sub, PublicChannel channel, long now) {
        if (sub.staleRetried(channel)) {
            remedies.recycleConnectionOf(sub, "stale subscription " + sub.symbol() + " " + channel
                    + " after resubscribing", now);
            return;
        }
        sub.markStaleRetried(channel, now);
        if (channel == PublicChannel.ORDER_BOOK && sub.book() != null) {
            sub.book().resync(0, 0, "stale: no book data for " + config.staleThreshold(channel).orElseThrow());
        }
        remedies.resubscribe(sub, channel);
    }
}
