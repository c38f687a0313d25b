package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.MarketType;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code *.order_book_update} stream chosen for a configured book depth, and the REST snapshot depth that must
 * match it. Gate.io only updates levels within the stream's depth (gatews#52), so the snapshot must cover at least
 * as many levels as the stream, never fewer.
 *
 * <ul>
 *   <li>depth ≤ 20: spot {@code [pair, "20ms"]} (20 levels), futures {@code [contract, "20ms", "20"]};</li>
 *   <li>depth ≤ 50: spot {@code [pair, "100ms"]} (100 levels), futures {@code [contract, "100ms", "50"]};</li>
 *   <li>otherwise: spot {@code [pair, "100ms"]}, futures {@code [contract, "100ms", "100"]} (100 levels, the
 *   deepest stream; a configured depth beyond 100 keeps only the 100 levels Gate.io maintains).</li>
 * </ul>
 *
 * @param market the market
 * @param interval the update interval sent in the payload
 * @param levels the number of levels the stream maintains
 */
record BookStream(MarketType market, String interval, int levels) {

    /**
     * @param config the configuration (market and book depth)
     * @return the stream to subscribe
     */
    static BookStream of(ExchangeConfig config) {
        int depth = config.bookDepth();
        if (depth <= 20) {
            return new BookStream(config.market(), "20ms", 20);
        }
        if (config.market() == MarketType.SPOT || depth > 50) {
            return new BookStream(config.market(), "100ms", 100);
        }
        return new BookStream(config.market(), "100ms", 50);
    }

    /**
     * @param venueSymbol the pair or contract
     * @return the subscribe payload
     */
    List<String> payload(String venueSymbol) {
        List<String> payload = new ArrayList<>(3);
        payload.add(venueSymbol);
        payload.add(interval);
        if (market == MarketType.FUTURES) {
            payload.add(Integer.toString(levels));
        }
        return payload;
    }
}
