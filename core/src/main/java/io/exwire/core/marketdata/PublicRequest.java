package io.exwire.core.marketdata;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.Symbol;

import java.util.List;

/**
 * A subscribe or unsubscribe request in flight.
 *
 * @param shardId the connection it was sent on
 * @param channel the channel
 * @param symbols the symbols
 * @param subscribe true to subscribe, false to unsubscribe
 * @param batch the caller's batch, or null for internal (re)subscriptions
 */
record PublicRequest(int shardId, PublicChannel channel, List<Symbol> symbols, boolean subscribe,
                     SubscriptionBatch batch) {
}
