package io.exwire.benchmarks;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.mexc.SpotPublicBodies;
import io.exwire.testkit.mexc.SpotPushWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The frames every benchmark of one run decodes: {@value #N} different frames per kind, generated deterministically
 * (seeded) in the venues' documented shapes, so the decoders, the baseline and the floor see exactly the same bytes
 * and the branch predictor cannot learn a single frame (PERF-ANCHORS).
 *
 * <p>Book frames come in A/B pairs over {@value #BOOK_SYMBOLS} symbols ({@code A0 A1 A2 A3 B0 B1 B2 B3}): A deletes
 * about a third of its 20 levels per side and changes the rest, B re-inserts the deleted ones, so every rotation
 * really inserts into and removes from a live 100-level book instead of re-setting the same sizes. Bids always stay
 * below the mid and asks above it, so the book never crosses.
 */
public final class Frames {

    /** Frames per kind; a power of two for cheap rotation. */
    public static final int N = 8;
    /** Symbols that carry book frames (each gets an A and a B frame). */
    public static final int BOOK_SYMBOLS = 4;
    /** Levels per side in a book frame. */
    public static final int LEVELS = 20;
    /** Levels per side of the book the deltas are applied to. */
    public static final int SNAPSHOT_LEVELS = 100;

    /** One instrument: base/quote, mid price mantissa, price and size scales. */
    public record Instrument(String base, String quote, long mid, int priceScale, int sizeScale) {
        /** @return the neutral symbol */
        public Symbol symbol() {
            return Symbol.of(base, quote);
        }

        /** @return Gate.io / MEXC futures spelling {@code BASE_QUOTE} */
        public String underscored() {
            return base + "_" + quote;
        }

        /** @return MEXC spot spelling {@code BASEQUOTE} */
        public String joined() {
            return base + quote;
        }
    }

    /** The instruments, one per frame slot. */
    public static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("BTC", "USDT", 6_012_345L, 2, 6),
            new Instrument("ETH", "USDT", 301_234L, 2, 4),
            new Instrument("SOL", "USDT", 150_123L, 3, 3),
            new Instrument("XRP", "USDT", 5_234L, 4, 2),
            new Instrument("DOGE", "USDT", 12_345L, 5, 1),
            new Instrument("ADA", "USDT", 4_567L, 4, 2),
            new Instrument("GT", "USDT", 47_050L, 4, 2),
            new Instrument("TRX", "USDT", 12_987L, 5, 2));

    private static final long T0 = 1_732_000_000_000L;

    private Frames() {
    }

    /** A book delta: parallel arrays of level offsets from the mid (in ticks) and size mantissas (0 deletes). */
    record Delta(int symbol, int[] bidTicks, long[] bidSizes, int[] askTicks, long[] askSizes, long first, long last) {
        Instrument instrument() {
            return INSTRUMENTS.get(symbol);
        }
    }

    /** @return the {@value #N} book deltas in rotation order A0..A3 B0..B3 */
    static List<Delta> bookDeltas(long seed) {
        Random r = new Random(seed);
        List<Delta> a = new ArrayList<>();
        List<Delta> b = new ArrayList<>();
        for (int s = 0; s < BOOK_SYMBOLS; s++) {
            int[] bidTicks = distinctTicks(r);
            int[] askTicks = distinctTicks(r);
            long[][] bidSizes = pairedSizes(r);
            long[][] askSizes = pairedSizes(r);
            long id = 40_000_000_000L + r.nextInt(1_000_000);
            a.add(new Delta(s, bidTicks, bidSizes[0], askTicks, askSizes[0], id, id + 4));
            b.add(new Delta(s, bidTicks, bidSizes[1], askTicks, askSizes[1], id + 5, id + 9));
        }
        a.addAll(b);
        return a;
    }

    private static int[] distinctTicks(Random r) {
        boolean[] used = new boolean[41];
        int[] ticks = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            int t;
            do {
                t = 1 + r.nextInt(40);
            } while (used[t]);
            used[t] = true;
            ticks[i] = t;
        }
        java.util.Arrays.sort(ticks);
        return ticks;
    }

    /** Sizes for frame A (about a third zero) and frame B (those re-inserted, the rest changed again). */
    private static long[][] pairedSizes(Random r) {
        long[] a = new long[LEVELS];
        long[] b = new long[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            a[i] = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(2_000_000);
            b[i] = 1 + r.nextInt(2_000_000);
        }
        return new long[][] {a, b};
    }

    /**
     * The book every delta is applied to: {@value #SNAPSHOT_LEVELS} levels per side around the mid.
     *
     * @param symbol the instrument index
     * @return the snapshot, sequence 1
     */
    public static OrderBookSnapshot snapshot(int symbol) {
        Instrument in = INSTRUMENTS.get(symbol);
        List<PriceLevel> bids = new ArrayList<>();
        List<PriceLevel> asks = new ArrayList<>();
        for (int i = 1; i <= SNAPSHOT_LEVELS; i++) {
            bids.add(new PriceLevel(Decimal.of(in.mid() - i, in.priceScale()), Decimal.of(1000L + i, in.sizeScale())));
            asks.add(new PriceLevel(Decimal.of(in.mid() + i, in.priceScale()), Decimal.of(2000L + i, in.sizeScale())));
        }
        return new OrderBookSnapshot(in.symbol(), 1, bids, asks, T0);
    }

    static String dec(long mantissa, int scale) {
        return java.math.BigDecimal.valueOf(mantissa, scale).toPlainString();
    }

    // ---- Gate.io ------------------------------------------------------------------------------------------------

    /** @return {@code spot.book_ticker} frames (~200 bytes), one per instrument */
    public static String[] gateioSpotBookTicker() {
        Random r = new Random(11);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Instrument in = INSTRUMENTS.get(i);
            long t = T0 + 37L * i;
            long bid = in.mid() - 1 - r.nextInt(3);
            long ask = in.mid() + 1 + r.nextInt(3);
            out[i] = "{\"time\":" + t / 1000 + ",\"time_ms\":" + t + ",\"channel\":\"spot.book_ticker\",\"event\":\"update\","
                    + "\"result\":{\"t\":" + (t - 3) + ",\"u\":" + (48_733_182L + 977L * i) + ",\"s\":\"" + in.underscored()
                    + "\",\"b\":\"" + dec(bid, in.priceScale()) + "\",\"B\":\"" + dec(1 + r.nextInt(9_999_999), in.sizeScale())
                    + "\",\"a\":\"" + dec(ask, in.priceScale()) + "\",\"A\":\"" + dec(1 + r.nextInt(9_999_999), in.sizeScale())
                    + "\"}}";
        }
        return out;
    }

    /** @return {@code spot.trades} frames, one trade each, one per instrument */
    public static String[] gateioSpotTrades() {
        Random r = new Random(12);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Instrument in = INSTRUMENTS.get(i);
            long t = T0 + 53L * i;
            long id = 9_309_143_071L + 131L * i;
            long idMarket = 2_390_902L + 17L * i;
            out[i] = "{\"time\":" + t / 1000 + ",\"time_ms\":" + (t + 8) + ",\"channel\":\"spot.trades\",\"event\":\"update\","
                    + "\"result\":{\"id\":" + id + ",\"id_market\":" + idMarket + ",\"create_time\":" + t / 1000
                    + ",\"create_time_ms\":\"" + t + "." + (1000 + r.nextInt(9000)) + "\",\"side\":\""
                    + (r.nextBoolean() ? "buy" : "sell") + "\",\"currency_pair\":\"" + in.underscored() + "\",\"amount\":\""
                    + dec(1 + r.nextInt(99_999_999), in.sizeScale()) + "\",\"price\":\""
                    + dec(in.mid() + r.nextInt(21) - 10, in.priceScale()) + "\",\"range\":\"" + idMarket + "-" + idMarket
                    + "\"}}";
        }
        return out;
    }

    /** @return {@code spot.order_book_update} frames with 20 bid and 20 ask levels, in A/B rotation order */
    public static String[] gateioSpotOrderBookUpdate() {
        List<Delta> deltas = bookDeltas(13);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Delta d = deltas.get(i);
            Instrument in = d.instrument();
            long t = T0 + 20L * i;
            StringBuilder sb = new StringBuilder(1200);
            sb.append("{\"time\":").append(t / 1000).append(",\"time_ms\":").append(t + 2)
                    .append(",\"channel\":\"spot.order_book_update\",\"event\":\"update\",\"result\":{\"t\":").append(t)
                    .append(",\"e\":\"depthUpdate\",\"E\":").append(t / 1000).append(",\"s\":\"").append(in.underscored())
                    .append("\",\"U\":").append(d.first()).append(",\"u\":").append(d.last()).append(",\"b\":[");
            gateLevels(sb, in, d.bidTicks(), d.bidSizes(), -1);
            sb.append("],\"a\":[");
            gateLevels(sb, in, d.askTicks(), d.askSizes(), 1);
            sb.append("],\"l\":\"20\"}}");
            out[i] = sb.toString();
        }
        return out;
    }

    private static void gateLevels(StringBuilder sb, Instrument in, int[] ticks, long[] sizes, int sign) {
        for (int k = 0; k < ticks.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append("[\"").append(dec(in.mid() + sign * (long) ticks[k], in.priceScale())).append("\",\"")
                    .append(dec(sizes[k], in.sizeScale())).append("\"]");
        }
    }

    /** @return {@code futures.trades} frames, one trade each (signed size; half integer, half decimal string) */
    public static String[] gateioFuturesTrades() {
        Random r = new Random(14);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Instrument in = INSTRUMENTS.get(i);
            long t = T0 + 71L * i;
            long size = (1 + r.nextInt(5000)) * (r.nextBoolean() ? 1 : -1);
            String sizeJson = i % 2 == 0 ? Long.toString(size) : "\"" + dec(size * 10 + 5, 1) + "\"";
            out[i] = "{\"time\":" + t / 1000 + ",\"time_ms\":" + (t + 5) + ",\"channel\":\"futures.trades\",\"event\":\"update\","
                    + "\"result\":[{\"size\":" + sizeJson + ",\"id\":" + (27_753_479L + 7L * i) + ",\"create_time\":"
                    + t / 1000 + ",\"create_time_ms\":" + t + ",\"price\":\""
                    + dec(in.mid() + r.nextInt(21) - 10, in.priceScale()) + "\",\"contract\":\"" + in.underscored()
                    + "\"}]}";
        }
        return out;
    }

    // ---- MEXC -----------------------------------------------------------------------------------------------------

    /**
     * @return MEXC spot {@code PushDataV3ApiWrapper} frames with a {@code PublicAggreDepthsV3Api} body of 20 ask and
     *     20 bid levels, in A/B rotation order (encoded with the testkit's protobuf encoder, field numbers per
     *     {@code /work/shared/protocols/mexc.md})
     */
    public static byte[][] mexcSpotAggreDepth() {
        List<Delta> deltas = bookDeltas(15);
        byte[][] out = new byte[N][];
        for (int i = 0; i < N; i++) {
            Delta d = deltas.get(i);
            Instrument in = d.instrument();
            List<SpotPublicBodies.Level> asks = new ArrayList<>();
            List<SpotPublicBodies.Level> bids = new ArrayList<>();
            for (int k = 0; k < LEVELS; k++) {
                asks.add(new SpotPublicBodies.Level(dec(in.mid() + d.askTicks()[k], in.priceScale()),
                        dec(d.askSizes()[k], in.sizeScale())));
                bids.add(new SpotPublicBodies.Level(dec(in.mid() - d.bidTicks()[k], in.priceScale()),
                        dec(d.bidSizes()[k], in.sizeScale())));
            }
            String channel = "spot@public.aggre.depth.v3.api.pb@100ms@" + in.joined();
            out[i] = SpotPushWrapper.market(channel, in.joined(), T0 + 100L * i).encode(new SpotPublicBodies.AggreDepths(
                    asks, bids, "spot@public.aggre.depth.v3.api.pb@100ms", Long.toString(d.first()),
                    Long.toString(d.last()), 0));
        }
        return out;
    }

    /** @return MEXC spot frames with a {@code PublicAggreDealsV3Api} body of one deal each */
    public static byte[][] mexcSpotAggreDeals() {
        Random r = new Random(16);
        byte[][] out = new byte[N][];
        for (int i = 0; i < N; i++) {
            Instrument in = INSTRUMENTS.get(i);
            long t = T0 + 100L * i;
            long tid = 505_979_017_439_002_624L + 1000L * i;
            SpotPublicBodies.AggreDeal deal = new SpotPublicBodies.AggreDeal(
                    dec(in.mid() + r.nextInt(21) - 10, in.priceScale()), dec(1 + r.nextInt(99_999_999), in.sizeScale()),
                    1 + r.nextInt(2), t - 7, tid + "X0_" + (tid + 1) + "X0");
            String channel = "spot@public.aggre.deals.v3.api.pb@100ms@" + in.joined();
            out[i] = SpotPushWrapper.market(channel, in.joined(), t).encode(new SpotPublicBodies.AggreDeals(
                    List.of(deal), "spot@public.aggre.deals.v3.api.pb@100ms"));
        }
        return out;
    }

    /**
     * @return MEXC futures {@code push.deal} JSON frames, one deal each, one per instrument: the array form and member
     *     order of the venue's captures ({@code M, O, T, p, t, v, i}; the symbol after {@code data})
     */
    public static String[] mexcFuturesDeals() {
        Random r = new Random(18);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Instrument in = INSTRUMENTS.get(i);
            long t = T0 + 53L * i;
            out[i] = "{\"channel\":\"push.deal\",\"data\":[{\"M\":2,\"O\":" + (1 + r.nextInt(3)) + ",\"T\":"
                    + (1 + r.nextInt(2)) + ",\"p\":" + Decimal.of(in.mid() + r.nextInt(21) - 10, in.priceScale())
                    + ",\"t\":" + t + ",\"v\":" + (1 + r.nextInt(5000)) + ",\"i\":" + (16_435_741_160L + 11L * i)
                    + "}],\"symbol\":\"" + in.underscored() + "\",\"ts\":" + (t + 3) + "}";
        }
        return out;
    }

    /** @return MEXC futures {@code push.depth} JSON frames with 20 ask and 20 bid levels, in A/B rotation order */
    public static String[] mexcFuturesDepth() {
        List<Delta> deltas = bookDeltas(17);
        String[] out = new String[N];
        for (int i = 0; i < N; i++) {
            Delta d = deltas.get(i);
            Instrument in = d.instrument();
            StringBuilder sb = new StringBuilder(1000);
            sb.append("{\"channel\":\"push.depth\",\"data\":{\"asks\":[");
            mexcLevels(sb, in, d.askTicks(), d.askSizes(), 1);
            sb.append("],\"bids\":[");
            mexcLevels(sb, in, d.bidTicks(), d.bidSizes(), -1);
            sb.append("],\"version\":").append(d.last()).append("},\"symbol\":\"").append(in.underscored())
                    .append("\",\"ts\":").append(T0 + 200L * i).append('}');
            out[i] = sb.toString();
        }
        return out;
    }

    private static void mexcLevels(StringBuilder sb, Instrument in, int[] ticks, long[] sizes, int sign) {
        for (int k = 0; k < ticks.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            // futures sizes are contract counts: whole numbers; the order count follows
            sb.append('[').append(Decimal.of(in.mid() + sign * (long) ticks[k], in.priceScale()))
                    .append(',').append(sizes[k] == 0 ? 0 : 1 + sizes[k] / 1000).append(',')
                    .append(sizes[k] == 0 ? 0 : 1 + sizes[k] % 7)
                    .append(']');
        }
    }
}
