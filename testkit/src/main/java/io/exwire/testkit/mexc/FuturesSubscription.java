package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

/**
 * One futures public subscription of a connection. Immutable.
 *
 * @param topic {@code deal}, {@code depth}, {@code depth.full} or {@code ticker}
 * @param symbol the contract
 * @param compress for {@code depth}: merge versions into one push (the default) or one push per version
 * @param limit for {@code depth.full}: 5, 10 or 20
 */
record FuturesSubscription(String topic, Symbol symbol, boolean compress, int limit) {

    /** @return the subscription's identity on its connection: topic and contract */
    String key() {
        return topic + '@' + symbol;
    }
}
