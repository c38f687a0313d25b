package io.exwire.testkit.mexc;

import java.util.List;

/**
 * The public spot push bodies the simulator sends, with field numbers and types exactly as in MEXC's official
 * {@code .proto} files (see {@code src/main/proto/mexc/}). Prices, quantities and versions are decimal strings.
 *
 * <p>All types are immutable records and thread-safe.
 */
public final class SpotPublicBodies {

    private SpotPublicBodies() {
    }

    /**
     * {@code PublicAggreDealsV3ApiItem}.
     *
     * @param price 1, string
     * @param quantity 2, string (base)
     * @param tradeType 3, int32: 1 buy, 2 sell (aggressor)
     * @param time 4, int64 ms
     * @param tradeId 5, string
     */
    public record AggreDeal(String price, String quantity, int tradeType, long time, String tradeId) {
        void writeTo(ProtoWriter out) {
            out.string(1, price).string(2, quantity).int32(3, tradeType).int64(4, time).string(5, tradeId);
        }
    }

    /**
     * {@code PublicAggreDealsV3Api}, wrapper field 314.
     *
     * @param deals 1, repeated item
     * @param eventType 2, string
     */
    public record AggreDeals(List<AggreDeal> deals, String eventType) implements SpotPushBody {
        /** Copies the list. */
        public AggreDeals {
            deals = List.copyOf(deals);
        }

        @Override
        public int wrapperField() {
            return 314;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            for (AggreDeal deal : deals) {
                ProtoWriter item = new ProtoWriter();
                deal.writeTo(item);
                out.message(1, item);
            }
            out.string(2, eventType);
        }
    }

    /**
     * A depth level ({@code PublicAggreDepthV3ApiItem} / {@code PublicLimitDepthV3ApiItem}).
     *
     * @param price 1, string
     * @param quantity 2, string; absolute size, "0" deletes
     */
    public record Level(String price, String quantity) {
        static void writeAll(ProtoWriter out, int field, List<Level> levels) {
            for (Level level : levels) {
                out.message(field, new ProtoWriter(32).string(1, level.price).string(2, level.quantity));
            }
        }
    }

    /**
     * {@code PublicAggreDepthsV3Api}, wrapper field 313.
     *
     * @param asks 1, repeated level
     * @param bids 2, repeated level
     * @param eventType 3, string
     * @param fromVersion 4, string
     * @param toVersion 5, string
     * @param lastOrderCreateTime 6, int64
     */
    public record AggreDepths(List<Level> asks, List<Level> bids, String eventType, String fromVersion,
                              String toVersion, long lastOrderCreateTime) implements SpotPushBody {
        /** Copies the lists. */
        public AggreDepths {
            asks = List.copyOf(asks);
            bids = List.copyOf(bids);
        }

        @Override
        public int wrapperField() {
            return 313;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            Level.writeAll(out, 1, asks);
            Level.writeAll(out, 2, bids);
            out.string(3, eventType).string(4, fromVersion).string(5, toVersion).int64(6, lastOrderCreateTime);
        }
    }

    /**
     * {@code PublicLimitDepthsV3Api}, wrapper field 303.
     *
     * @param asks 1, ascending
     * @param bids 2, descending
     * @param eventType 3, string
     * @param version 4, string
     * @param lastOrderCreateTime 5, int64
     */
    public record LimitDepths(List<Level> asks, List<Level> bids, String eventType, String version,
                              long lastOrderCreateTime) implements SpotPushBody {
        /** Copies the lists. */
        public LimitDepths {
            asks = List.copyOf(asks);
            bids = List.copyOf(bids);
        }

        @Override
        public int wrapperField() {
            return 303;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            Level.writeAll(out, 1, asks);
            Level.writeAll(out, 2, bids);
            out.string(3, eventType).string(4, version).int64(5, lastOrderCreateTime);
        }
    }

    /**
     * {@code PublicAggreBookTickerV3Api}, wrapper field 315.
     *
     * @param bidPrice 1
     * @param bidQuantity 2
     * @param askPrice 3
     * @param askQuantity 4
     * @param version 5, string
     * @param lastOrderCreateTime 6, int64
     */
    public record AggreBookTicker(String bidPrice, String bidQuantity, String askPrice, String askQuantity,
                                  String version, long lastOrderCreateTime) implements SpotPushBody {
        @Override
        public int wrapperField() {
            return 315;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            out.string(1, bidPrice).string(2, bidQuantity).string(3, askPrice).string(4, askQuantity)
                    .string(5, version).int64(6, lastOrderCreateTime);
        }
    }

    /**
     * {@code PublicMiniTickerV3Api}, wrapper field 309; every field a string.
     *
     * @param symbol 1
     * @param price 2, last price
     * @param rate 3, UTC+8 change rate
     * @param zonedRate 4, change rate in the subscribed time zone
     * @param high 5, rolling high
     * @param low 6, rolling low
     * @param volume 7, rolling quote turnover
     * @param quantity 8, rolling base volume
     * @param lastCloseRate 9
     * @param lastCloseZonedRate 10
     * @param lastCloseHigh 11
     * @param lastCloseLow 12
     */
    public record MiniTicker(String symbol, String price, String rate, String zonedRate, String high, String low,
                             String volume, String quantity, String lastCloseRate, String lastCloseZonedRate,
                             String lastCloseHigh, String lastCloseLow) implements SpotPushBody {
        @Override
        public int wrapperField() {
            return 309;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            out.string(1, symbol).string(2, price).string(3, rate).string(4, zonedRate).string(5, high)
                    .string(6, low).string(7, volume).string(8, quantity).string(9, lastCloseRate)
                    .string(10, lastCloseZonedRate).string(11, lastCloseHigh).string(12, lastCloseLow);
        }
    }
}
