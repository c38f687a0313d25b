package io.exwire.testkit.gateio;

import io.exwire.api.model.MarketType;

import java.util.Map;

/** The channels the simulator serves per market and how their payloads are shaped. Immutable. */
final class GateioChannels {

    /** Payload shapes. */
    enum Kind {
        /** {@code [symbol, ...]}. */
        SYMBOLS(false),
        /** Spot {@code [pair, interval]}; futures {@code [contract, frequency, level?]}. */
        BOOK_UPDATE(false),
        /** {@code ["ob.<symbol>.400" | ".50", ...]}. */
        OBU(false),
        /** Spot private {@code [pair | "!all", ...]}. */
        PRIVATE_SYMBOLS(true),
        /** Spot balances: no payload or {@code ["!all"]}. */
        SPOT_BALANCES(true),
        /** Futures {@code [userId, contract | "!all", ...]}. */
        FUTURES_USER_SYMBOLS(true),
        /** Futures positions {@code [userId?, contract | "!all"]}. */
        FUTURES_POSITIONS(true),
        /** Futures balances {@code [userId]}. */
        FUTURES_BALANCES(true);

        private final boolean privateChannel;

        Kind(boolean privateChannel) {
            this.privateChannel = privateChannel;
        }

        boolean isPrivate() {
            return privateChannel;
        }
    }

    private static final Map<String, Kind> SPOT = Map.of(
            "spot.tickers", Kind.SYMBOLS,
            "spot.trades", Kind.SYMBOLS,
            "spot.book_ticker", Kind.SYMBOLS,
            "spot.order_book_update", Kind.BOOK_UPDATE,
            "spot.obu", Kind.OBU,
            "spot.orders", Kind.PRIVATE_SYMBOLS,
            "spot.usertrades", Kind.PRIVATE_SYMBOLS,
            "spot.balances", Kind.SPOT_BALANCES);

    private static final Map<String, Kind> FUTURES = Map.of(
            "futures.tickers", Kind.SYMBOLS,
            "futures.trades", Kind.SYMBOLS,
            "futures.book_ticker", Kind.SYMBOLS,
            "futures.order_book_update", Kind.BOOK_UPDATE,
            "futures.obu", Kind.OBU,
            "futures.orders", Kind.FUTURES_USER_SYMBOLS,
            "futures.usertrades", Kind.FUTURES_USER_SYMBOLS,
            "futures.positions", Kind.FUTURES_POSITIONS,
            "futures.balances", Kind.FUTURES_BALANCES);

    private GateioChannels() {
    }

    /**
     * @param market the market
     * @param channel a channel name
     * @return its kind, or null if the market has no such channel
     */
    static Kind kind(MarketType market, String channel) {
        return (market == MarketType.SPOT ? SPOT : FUTURES).get(channel);
    }
}
